package org.parcelwatch.api.web.openapi;

import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.application.forms.RegisterParcelRequest;
import org.parcelwatch.api.support.ApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint of issue 5 with a summary, a description and examples. */
class OpenApiDocumentTest extends ApiTestSupport {

    static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/v1/parcels", List.of("post", "get")),
            Map.entry("/api/v1/parcels/{parcelId}", List.of("get")),
            Map.entry("/api/v1/parcels/{parcelId}/payments", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/handover", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/start", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/completion", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/patrols", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/breach-findings", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/extensions", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/termination", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/idle/verification", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/idle/determination", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/idle/disposal", List.of("post")),
            Map.entry("/api/v1/parcels/{parcelId}/notices/{noticeNo}/delivery", List.of("post")),
            Map.entry("/api/v1/worklist", List.of("get")),
            Map.entry("/api/v1/notices", List.of("get")),
            Map.entry("/api/v1/notices/{noticeNo}", List.of("get")),
            Map.entry("/api/v1/idle-referrals", List.of("get")),
            Map.entry("/api/v1/indicators", List.of("get")));

    @Test
    void everyEndpointIsDescribedWithExamples() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode doc = new ObjectMapper().readTree(body);

        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(doc.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(doc.at("/security/0/basicAuth").isArray()).isTrue();

        ENDPOINTS.forEach((path, methods) -> methods.forEach(method -> {
            JsonNode operation = doc.path("paths").path(path).path(method);
            assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
            assertThat(operation.path("summary").asText()).as("summary of " + method + " " + path).isNotBlank();
            assertThat(operation.path("description").asText()).as("description of " + method + " " + path).isNotBlank();
            assertThat(operation.path("responses").has("401")).as("401 of " + method + " " + path).isTrue();
            assertThat(operation.at("/responses/400/content/application~1problem+json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/Problem");
            if (method.equals("post")) {
                JsonNode examples = operation.at("/requestBody/content/application~1json/examples");
                assertThat(examples.size()).as("examples of " + path).isPositive();
                assertThat(operation.path("parameters").findValuesAsText("name")).as("parameters of " + path)
                        .contains("Idempotency-Key");
                assertThat(operation.path("responses").has("422")).isTrue();
            }
        }));

        JsonNode registration = doc.at("/paths/~1api~1v1~1parcels/post/requestBody/content/application~1json/examples");
        String example = registration.elements().next().path("value").toString();
        assertThat(example).contains("1305302024B00017", "XH-CR-2024-017", "91130530MA0CX0XU3B", "6172839");
        assertThat(doc.at("/components/schemas/Problem/properties/code").isObject()).isTrue();
        assertThat(doc.at("/components/schemas/RegisterParcelRequest/properties/parcelId/pattern").asText())
                .isEqualTo("^" + ApiPatterns.PARCEL_ID + "$");
    }
}
