package org.parcelwatch.api.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.OpenApiValidation;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.springframework.http.HttpMethod;

/**
 * Issue 19 item 8: the served OpenAPI document says what the API answers, and the API answers what the protocol
 * expects. (Every exchange of every API test is also checked against the document: support/OpenApiValidation.)
 */
class ApiContractTest extends ApiTestSupport {

    private JsonNode document() throws Exception {
        return new ObjectMapper().readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** What keeps the document from drifting: the check every test's exchanges go through does refuse a mismatch. */
    @Test
    void anAnswerTheDocumentDoesNotDescribeIsRefused() throws Exception {
        var validator = OpenApiValidation.validatorFor(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
        var detail = SimpleRequest.Builder.get("/api/v1/parcels/1305302024B00017")
                .withHeader("Authorization", "Basic ZGVzazpkZXNr").build();
        assertThat(validator.validate(detail, SimpleResponse.Builder.ok().withContentType(JSON)
                .withBody("{\"parcelId\": \"1305302024B00017\", \"stage\": 7}").build()).hasErrors())
                .as("a number where the stage's name is due").isTrue();
        assertThat(validator.validate(detail, SimpleResponse.Builder.status(418).withContentType(PROBLEM)
                .withBody("{\"code\": \"TEAPOT\"}").build()).hasErrors()).as("an undocumented status").isTrue();
        assertThat(validator.validate(detail, SimpleResponse.Builder.ok().withContentType(JSON)
                .withBody("{\"parcelId\": \"1305302024B00017\", \"lastPatrol\": null}").build()).hasErrors())
                .as("a null where the document allows it").isFalse();
    }

    @Test
    void aFreshParcelsDetailAnswersItsNullsAsTheDocumentAllows() throws Exception {
        String parcelId = registerSample();
        awaitProjections();
        // a parcel that was never idle: its idle case has no cause and no disposal yet
        getAs("desk", "/api/v1/parcels/" + parcelId).andExpect(status().isOk())
                .andExpect(jsonPath("$.idle.cause").value(Matchers.nullValue()));
        JsonNode cause = document().at("/components/schemas/IdleView/properties/cause");
        assertThat(cause.path("nullable").asBoolean()).as("IdleView.cause: " + cause).isTrue();
        assertThat(cause.path("enum").toString()).contains("null");
    }

    @Test
    void theCommandResultLinksTheParcelByARelativeReference() throws Exception {
        JsonNode parcel = document().at("/components/schemas/CommandResult/properties/parcel");
        assertThat(parcel.path("format").asText()).isEqualTo("uri-reference");
        String parcelId = registerSample();
        postAs("desk", "/api/v1/parcels/" + parcelId + "/payments",
                "{\"amount\": 1000.00, \"paidOn\": \"2024-02-20\", \"receiptNo\": \"R-contract\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parcel").value("/api/v1/parcels/" + parcelId));
    }

    @Test
    void everyPatternIsAnchored() throws Exception {
        List<String> patterns = new ArrayList<>();
        document().findValues("pattern").forEach(pattern -> patterns.add(pattern.asText()));
        assertThat(patterns).isNotEmpty().allSatisfy(pattern -> assertThat(pattern).startsWith("^").endsWith("$"));
    }

    @Test
    void everyOperationDocumentsTheProtocolRefusals() throws Exception {
        document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().path("responses");
            List<String> statuses = new ArrayList<>(List.of("405", "406", "429"));
            if (operation.getValue().has("requestBody")) {
                statuses.addAll(List.of("413", "415"));
            }
            statuses.forEach(status -> assertThat(responses.at("/" + status
                    + "/content/application~1problem+json/schema/$ref").asText())
                    .as(status + " of " + operation.getKey() + " " + path.getKey())
                    .isEqualTo("#/components/schemas/Problem"));
        }));
    }

    @Test
    void anUnknownMethodIs405() throws Exception {
        var answer = mvc.perform(request(HttpMethod.valueOf("BREW"), "/api/v1/parcels").with(as("chief")));
        expectProblem(answer, 405, "METHOD_NOT_ALLOWED");
        answer.andExpect(header().string("Allow", Matchers.containsString("GET")));
    }

    @Test
    void aReadOnlyPathRefusesWritesWith405EvenToEveryRole() throws Exception {
        String parcelId = registerSample();
        for (var write : List.of(put("/api/v1/parcels/" + parcelId), delete("/api/v1/parcels/" + parcelId),
                delete("/api/v1/notices"), put("/api/v1/worklist"))) {
            var answer = mvc.perform(write.with(as("chief")));
            expectProblem(answer, 405, "METHOD_NOT_ALLOWED");
            answer.andExpect(header().string("Allow", Matchers.containsString("GET")))
                  .andExpect(header().string("Allow", Matchers.not(Matchers.containsString("PUT"))));
        }
        // still no answer about the method to someone who has not said who they are
        expectProblem(mvc.perform(put("/api/v1/parcels/" + parcelId)), 401, "UNAUTHENTICATED");
    }

    @Test
    void theSweepListLimitIsBoundedAndDocumented() throws Exception {
        for (String limit : List.of("-1", "0", "101")) {
            expectProblem(getAs("admin", "/api/v1/admin/sweeps?limit=" + limit), 400, "VALIDATION_FAILED");
        }
        getAs("admin", "/api/v1/admin/sweeps?limit=1").andExpect(status().isOk());
        getAs("admin", "/api/v1/admin/sweeps?limit=100").andExpect(status().isOk());
        JsonNode doc = document();
        JsonNode limit = findParameter(doc, "/api/v1/admin/sweeps", "get", "limit");
        assertThat(limit.at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(100);
        for (String paged : List.of("/api/v1/parcels", "/api/v1/notices")) {
            JsonNode size = findParameter(doc, paged, "get", "size");
            assertThat(size.at("/schema/minimum").asInt()).as(paged).isEqualTo(1);
            assertThat(size.at("/schema/maximum").asInt()).as(paged).isEqualTo(200);
        }
    }

    private static JsonNode findParameter(JsonNode doc, String path, String method, String name) {
        for (JsonNode parameter : doc.path("paths").path(path).path(method).path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " on " + method + " " + path);
    }
}
