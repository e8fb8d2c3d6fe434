package org.parcelwatch.api.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Request bodies are read strictly (issue 19, item 5): what JSON allows but means nothing sensible (a key given twice,
 * text after the object), what Jackson would otherwise coerce (a number sent as a string, a date sent as a number or
 * a date-time, a number for a text or a choice) and what is not Unicode (a lone surrogate, overlong or invalid UTF-8)
 * is 400 {@code MALFORMED_REQUEST}, never 500, and stores nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonTest extends ApiTestSupport {

    static final String PAYMENT = "{\"amount\": 100.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-9\"}";
    static final String PATROL = "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"Li\", \"status\": \"NOT_STARTED\"}";

    private String parcel;

    @BeforeAll
    void registerOne() throws Exception {
        parcel = registerSample();
    }

    static Stream<Arguments> textCases() {
        return Stream.of(
                Arguments.of("a key given twice", "/payments",
                        "{\"amount\": 100.00, \"amount\": 200.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-9\"}"),
                Arguments.of("a key given twice in a nested object", "/payments",
                        "{\"amount\": 100.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-9\", \"receiptNo\": \"R-10\"}"),
                Arguments.of("text after the object", "/payments", PAYMENT + " trailing"),
                Arguments.of("a second object after the first", "/payments", PAYMENT + PAYMENT),
                Arguments.of("an amount sent as a string", "/payments", PAYMENT.replace("100.00", "\"100.00\"")),
                Arguments.of("an amount sent as an empty string", "/payments", PAYMENT.replace("100.00", "\"\"")),
                Arguments.of("a text sent as a number", "/payments", PAYMENT.replace("\"R-9\"", "9")),
                Arguments.of("a date sent as a number", "/payments", PAYMENT.replace("\"2024-03-01\"", "20240301")),
                Arguments.of("a date sent as an array of numbers", "/payments", PAYMENT.replace("\"2024-03-01\"", "[2024, 3, 1]")),
                Arguments.of("a date sent as a date-time", "/payments", PAYMENT.replace("2024-03-01", "2024-03-01T10:00:00")),
                Arguments.of("a date sent as an instant", "/payments", PAYMENT.replace("2024-03-01", "2024-03-01T00:00:00Z")),
                Arguments.of("a date with an expanded year", "/payments", PAYMENT.replace("2024-03-01", "+002024-03-01")),
                Arguments.of("a choice sent as its number", "/patrols", PATROL.replace("\"NOT_STARTED\"", "0")),
                Arguments.of("a yes/no sent as a string", "/patrols", PATROL.replace("}", ", \"infoBoardPosted\": \"true\"}")),
                Arguments.of("a yes/no sent as a number", "/patrols", PATROL.replace("}", ", \"infoBoardPosted\": 1}")),
                Arguments.of("a lone high surrogate", "/patrols", PATROL.replace("\"Li\"", "\"Li\\ud800\"")),
                Arguments.of("a lone low surrogate", "/patrols", PATROL.replace("\"Li\"", "\"\\udc00Li\"")),
                Arguments.of("surrogates in the wrong order", "/patrols", PATROL.replace("\"Li\"", "\"\\ude00\\ud83d\"")),
                Arguments.of("a lone surrogate in a list", "/patrols", PATROL.replace("}", ", \"photoRefs\": [\"a\\ud800.jpg\"]}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textCases")
    void isAMalformedRequest(String what, String path, String body) throws Exception {
        String user = path.equals("/payments") ? "desk" : "patrol";
        expectMalformed(() -> postAs(user, "/api/v1/parcels/" + parcel + path, body));
    }

    /** Each bad sequence, in a value (after "Li") and in a key (after "inspector"), where Jackson reads names apart. */
    static Stream<Arguments> byteCases() {
        Stream<Arguments> bad = Stream.of(
                Arguments.of("an overlong slash (C0 AF)", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("an overlong slash in three bytes (E0 80 AF)", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("an overlong slash in four bytes (F0 80 80 AF)",
                        new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("an encoded surrogate (ED A0 80)", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("a byte that never starts a character (FF)", new byte[] {(byte) 0xFF}),
                Arguments.of("a continuation byte alone (80)", new byte[] {(byte) 0x80}),
                Arguments.of("a character cut short (E4 B8)", new byte[] {(byte) 0xE4, (byte) 0xB8}),
                Arguments.of("a code point above U+10FFFF (F4 90 80 80)",
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
        return bad.flatMap(c -> Stream.of("Li", "inspector").map(after -> Arguments.of(c.get()[0], after, c.get()[1])));
    }

    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("byteCases")
    void invalidUtf8IsAMalformedRequest(String what, String after, byte[] bad) throws Exception {
        byte[] body = splice(PATROL, after, bad);
        expectMalformed(() -> mvc.perform(post("/api/v1/parcels/" + parcel + "/patrols").with(as("patrol"))
                .contentType(JSON).content(body)));
    }

    @Test
    void aDuplicateKeyInARegistrationIsAMalformedRequest() throws Exception {
        String id = SampleParcels.nextParcelId();
        String body = SampleParcels.registrationJson(id).replaceFirst("\\{", "{\"parcelId\": \"" + id + "\", ");
        expectProblem(register(body), 400, "MALFORMED_REQUEST");
        String nested = SampleParcels.registrationJson(id).replace("\"landUser\": {", "\"landUser\": {\"name\": \"X\", ");
        expectProblem(register(nested), 400, "MALFORMED_REQUEST");
        String numbers = SampleParcels.registrationJson(id).replace("\"termYears\": 50", "\"termYears\": \"50\"");
        expectProblem(register(numbers), 400, "MALFORMED_REQUEST");
        String fraction = SampleParcels.registrationJson(id).replace("\"termYears\": 50", "\"termYears\": 50.0");
        expectProblem(register(fraction), 400, "MALFORMED_REQUEST");
        assertThat(eventCount(id)).isZero();
    }

    /** What is strict is not narrow: characters outside the BMP (a proper surrogate pair) and CJK text pass. */
    @Test
    void properUnicodePasses() throws Exception {
        String field = "\"remarks\": \"施工中 \\ud83d\\ude00 🏗\"";
        String result = postAs("patrol", "/api/v1/parcels/" + parcel + "/patrols", PATROL.replace("}", ", " + field + "}"))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result).isNotBlank();
        awaitProjections();
        String history = getAs("auditor", "/api/v1/parcels/" + parcel + "/history").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> remarks = JsonPath.read(history, "$.events[?(@.type == 'PatrolRecorded')].payload.remarks");
        assertThat(remarks).containsExactly("施工中 😀 🏗");
    }

    @Test
    void theClockIsKeptWithinAHundredYears() throws Exception {
        String before = clockToday();
        expectProblem(mvc.perform(put("/api/v1/admin/clock").with(as("admin")).contentType(JSON)
                .content("{\"today\": \"+999999999-12-31\"}")), 400, "MALFORMED_REQUEST");
        ResultActions far = mvc.perform(put("/api/v1/admin/clock").with(as("admin")).contentType(JSON)
                .content("{\"today\": \"" + today().plusYears(101) + "\"}"));
        expectProblem(far, 400, "VALIDATION_FAILED");
        far.andExpect(jsonPath("$.fieldErrors[0].field").value("today"));
        expectProblem(mvc.perform(put("/api/v1/admin/clock").with(as("admin")).contentType(JSON)
                .content("{\"today\": \"9999-12-31\"}")), 400, "VALIDATION_FAILED");
        assertThat(clockToday()).isEqualTo(before);
    }

    private String clockToday() throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/admin/clock").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.today");
    }

    @FunctionalInterface
    interface Call {
        ResultActions perform() throws Exception;
    }

    private void expectMalformed(Call call) throws Exception {
        int before = eventCount(parcel);
        expectProblem(call.perform(), 400, "MALFORMED_REQUEST");
        assertThat(eventCount(parcel)).as("events of the parcel").isEqualTo(before);
    }

    /** The body with {@code bad} bytes put right after the first occurrence of {@code after}. */
    private static byte[] splice(String json, String after, byte[] bad) {
        int at = json.indexOf(after) + after.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
