package org.parcelwatch.api.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every MockMvc exchange of the API tests is checked against the OpenAPI document the application serves at
 * {@code /v3/api-docs} (Atlassian's swagger-request-validator): an answer the document does not describe, or a
 * request the application accepted that the document forbids, fails the test that made it. Imported by
 * {@link EmbeddedDefaultTest} and {@link PostgresTest}, so every test on those contexts is validated, new ones too.
 *
 * <p>What is not checked, and why:
 * <ul>
 *   <li>paths outside {@value #DOCUMENTED}: the document describes only the REST API (springdoc
 *       {@code paths-to-match}); the browser pages, the actuator and the document itself are not part of it;</li>
 *   <li>the request of an exchange answered 4xx: the hostile-input tests send malformed requests on purpose (bad
 *       JSON, strings for numbers, missing credentials, wrong media types) and the document rightly forbids them.
 *       Their answers are still checked; and a request the application accepts (2xx/3xx/5xx) must match the
 *       document, so the document can't be stricter than the application without a test noticing.</li>
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
public class OpenApiValidation {

    static final String DOCUMENTED = "/api/";
    static final java.util.Set<String> DOCUMENTABLE_METHODS = java.util.Arrays.stream(Request.Method.values())
            .map(Enum::name).collect(java.util.stream.Collectors.toSet());
    static final java.util.Set<String> UNDOCUMENTED_OPERATION =
            java.util.Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    @Bean
    MockMvcBuilderCustomizer openApiValidationCustomizer(WebApplicationContext context) {
        // Read once per application context, on the first exchange: the served document, through the bare
        // dispatcher (no filters), so reading it is not itself an exchange to validate.
        Supplier<OpenApiInteractionValidator> validator = SingletonSupplier.of(() -> validatorFor(context));
        return builder -> builder.alwaysExpect(matchesDocument(validator));
    }

    static ResultMatcher matchesDocument(Supplier<OpenApiInteractionValidator> validator) {
        return result -> {
            MockHttpServletRequest request = result.getRequest();
            if (!request.getRequestURI().startsWith(DOCUMENTED)) {
                return;
            }
            if (!DOCUMENTABLE_METHODS.contains(request.getMethod())) {
                // BREW and the like: OpenAPI has no word for them, nothing to check against (ApiContractTest
                // checks they are 405 problems)
                return;
            }
            ValidationReport report = validate(validator.get(), result);
            if (report.hasErrors()) {
                throw new AssertionError("The exchange " + request.getMethod() + " " + request.getRequestURI()
                        + " -> " + result.getResponse().getStatus() + " does not match the served OpenAPI document:\n"
                        + SimpleValidationReportFormat.getInstance().apply(report));
            }
        };
    }

    private static ValidationReport validate(OpenApiInteractionValidator validator, MvcResult result) throws Exception {
        Request request = MockMvcRequest.of(result.getRequest());
        Response response = responseOf(result.getResponse());
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            ValidationReport report = validator.validateResponse(request.getPath(), request.getMethod(), response);
            // A path or method the document does not have, refused (404, 405, or 401 before that): that is the
            // point of the test, and there is no operation to check the answer against. Answered 2xx, it fails.
            return ValidationReport.from(report.getMessages().stream()
                    .filter(message -> !UNDOCUMENTED_OPERATION.contains(message.getKey())).toList());
        }
        return validator.validate(request, response);
    }

    /** As MockMvcResponse, but reading the body as UTF-8 (the API's JSON) whatever the response declares. */
    private static Response responseOf(MockHttpServletResponse servletResponse) throws Exception {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(servletResponse.getStatus())
                .withBody(servletResponse.getContentAsString(StandardCharsets.UTF_8));
        servletResponse.getHeaderNames().forEach(name -> response.withHeader(name, servletResponse.getHeaders(name)));
        return response.build();
    }

    /** Kept beside the reports, to read what a failing exchange was checked against; best effort. */
    private static void keepForReading(String document) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "served-openapi.json"), document);
        } catch (java.io.IOException | RuntimeException e) {
            // not where Maven runs the tests: nothing to keep it in
        }
    }

    /** The validator of a document, with the library's default levels: every mismatch is an error. */
    public static OpenApiInteractionValidator validatorFor(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    private static OpenApiInteractionValidator validatorFor(WebApplicationContext context) {
        try {
            String document = MockMvcBuilders.webAppContextSetup(context).build()
                    .perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            keepForReading(document);
            return validatorFor(document);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the served OpenAPI document", e);
        }
    }
}
