package org.parcelwatch.api.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.sweep.SweepService;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No 500 for any input a form can send (issue 15): every form the pages show, to every role that sees it, is sent
 * with each of its fields replaced by each hostile value (empty, not a number, not a date, out of range, huge, markup,
 * control characters…), the other fields as the page filled them in; and the pages' filters get the same. The forms
 * are read from the pages themselves, so a form added later is covered without touching this test.
 */
class HostileFormsTest extends ApiTestSupport {

    private static final List<String> HOSTILE = List.of("", "abc", "-1", "1e309", "99999999999999999999999999.999",
            "2025-02-30", "9999-12-31", "２０２５-１２-３１", "<script>alert(1)</script>", "' OR 1=1 --", "\u0000\u0007",
            "x".repeat(20_000));
    private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)([^>]*)>(?:(.*?)</select>)?", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    @Autowired
    SweepService sweeps;

    @Test
    void noFormOfAnyPageAnswers500ToAnyValueOfAnyField() throws Exception {
        String parcel = registerSample();
        awaitProjections();
        sweeps.sweepNow(null);
        awaitProjections();

        List<String> failures = new ArrayList<>();
        // each form once, by the first role that sees it: the roles' pages share most forms
        Set<String> covered = new HashSet<>();
        int sent = 0;
        for (String role : List.of("desk", "patrol", "brigade", "admin")) {
            for (String page : List.of("/", "/parcels/" + parcel, "/parcels/new", "/admin")) {
                String html = mvc.perform(get(page).with(signedIn(role))).andReturn().getResponse()
                                 .getContentAsString(StandardCharsets.UTF_8);
                for (Form form : Form.in(html)) {
                    if (!covered.add(form.action())) {
                        continue;
                    }
                    for (String field : form.fields().keySet()) {
                        for (String value : HOSTILE) {
                            MockHttpServletRequestBuilder request = post(form.action()).with(signedIn(role)).with(csrf());
                            form.fields().forEach((name, filled) -> request.param(name, name.equals(field) ? value : filled));
                            int status = mvc.perform(request).andReturn().getResponse().getStatus();
                            sent++;
                            if (status >= 500) {
                                failures.add(role + " " + form.action() + " " + field + "=" + abbreviated(value) + " → " + status);
                            }
                        }
                    }
                }
            }
        }
        assertThat(covered).as("forms covered").hasSizeGreaterThan(15).contains("/complaints");
        assertThat(sent).as("hostile form posts sent").isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    @Test
    void noFilterOfAnyPageAnswers500() throws Exception {
        Map<String, List<String>> filters = Map.of(
                "/parcels", List.of("township", "stage", "flag", "landUse", "year", "page", "size"),
                "/notices", List.of("type", "status", "township", "year", "page", "size"),
                "/idle-referrals", List.of("status", "township", "page", "size"),
                "/indicators", List.of("year", "township"),
                "/", List.of("date"));
        List<String> failures = new ArrayList<>();
        for (var page : filters.entrySet()) {
            for (String parameter : page.getValue()) {
                for (String value : HOSTILE) {
                    int status = mvc.perform(get(page.getKey()).param(parameter, value).with(signedIn("auditor")))
                                    .andReturn().getResponse().getStatus();
                    if (status >= 500) {
                        failures.add(page.getKey() + "?" + parameter + "=" + abbreviated(value) + " → " + status);
                    }
                }
            }
        }
        for (String path : List.of("/parcels/%25zz", "/parcels/" + "9".repeat(5000), "/parcels/..%2F..", "/notices/x/print",
                "/notices/%2500/print", "/parcels/%E4%B8%AD", "/parcels/1305302099B99999")) {
            int status = mvc.perform(get(path).with(signedIn("auditor"))).andReturn().getResponse().getStatus();
            if (status >= 500) {
                failures.add(path + " → " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static RequestPostProcessor signedIn(String name) {
        return user(name).roles(name.toUpperCase(Locale.ROOT));
    }

    private static String abbreviated(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…(" + value.length() + ")" : value;
    }

    /** A form as the page shows it: where it posts, and its fields with the values the page filled in. */
    private record Form(String action, Map<String, String> fields) {

        static List<Form> in(String html) {
            List<Form> forms = new ArrayList<>();
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                Map<String, String> attributes = attributes(form.group(1));
                String action = attributes.getOrDefault("action", "").replace("&amp;", "&");
                // sign-out and file uploads are not a field's value to vary
                if (!"post".equalsIgnoreCase(attributes.get("method")) || action.equals("/logout")
                        || attributes.containsKey("enctype")) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher field = FIELD.matcher(form.group(2));
                while (field.find()) {
                    Map<String, String> input = attributes(field.group(2));
                    String name = input.get("name");
                    if (name == null || name.equals("_csrf")) {
                        continue;
                    }
                    String value = input.getOrDefault("value", "");
                    if (field.group(1).equals("select") && field.group(3) != null) {
                        Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]*)\"").matcher(field.group(3));
                        value = option.find() ? option.group(1) : "";
                    }
                    fields.put(name, value);
                }
                if (!fields.isEmpty()) {
                    forms.add(new Form(action, fields));
                }
            }
            return forms;
        }

        private static Map<String, String> attributes(String tag) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(tag);
            while (attribute.find()) {
                attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2));
            }
            return attributes;
        }
    }
}
