package org.parcelwatch.api.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.ArrayList;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * No input a user can send yields a 500 (issue 5): malformed JSON, wrong types, missing fields, negative and
 * absurd amounts, dates in the future or out of order, unknown enum values, over-long strings, unknown and
 * malformed ids, at every command endpoint; each answer is a 4xx problem with its code, and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends ApiTestSupport {

    /** One command endpoint: its path after the parcel, who may call it, and a valid body. */
    record Endpoint(String path, String user, String body) {

        String on(String parcelId) {
            return "/api/v1/parcels/" + parcelId + path.replace("{notice}", parcelId + "-CJ-01");
        }

        @Override
        public String toString() {
            return path.isEmpty() ? "register" : path;
        }
    }

    static final String TOMORROW = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    static final String LONG_65 = "X".repeat(65);
    static final String LONG_201 = "名".repeat(201);

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/payments", "desk", "{\"amount\": 100.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-9\"}"),
            new Endpoint("/handover", "desk", "{\"handedOverOn\": \"2024-04-01\", \"documentNo\": \"JD\"}"),
            new Endpoint("/extensions", "desk", "{\"milestone\": \"START\", \"newDate\": \"2025-03-01\", \"approvalNo\": \"YQ\","
                    + " \"approvedOn\": \"2024-08-20\", \"reason\": \"r\"}"),
            new Endpoint("/notices/{notice}/delivery", "desk", "{\"deliveredOn\": \"2024-06-03\", \"receivedBy\": \"Wang\"}"),
            new Endpoint("/termination", "desk", "{\"decisionNo\": \"JC\", \"decidedOn\": \"2024-08-15\", \"reason\": \"r\"}"),
            new Endpoint("/start", "patrol", "{\"startedOn\": \"2024-09-28\"}"),
            new Endpoint("/completion", "patrol", "{\"completedOn\": \"2026-09-20\"}"),
            new Endpoint("/patrols", "patrol", "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"Li\", \"status\": \"NOT_STARTED\"}"),
            new Endpoint("/breach-findings", "brigade", "{\"milestone\": \"START\", \"cause\": \"LAND_USER\"}"),
            new Endpoint("/idle/verification", "patrol", "{\"verifiedOn\": \"2025-10-08\", \"stillIdle\": true}"),
            new Endpoint("/idle/determination", "brigade", "{\"determinationNo\": \"RD\", \"determinedOn\": \"2025-10-09\","
                    + " \"cause\": \"LAND_USER\"}"),
            new Endpoint("/idle/disposal", "brigade", "{\"method\": \"IDLE_FEE\", \"decisionNo\": \"F\", \"decidedOn\": \"2025-10-10\"}"),
            new Endpoint("/idle/hearing-notice", "brigade", "{\"issuedOn\": \"2025-10-10\", \"intendedDecision\": \"IDLE_FEE\"}"),
            new Endpoint("/idle/hearing", "brigade", "{\"requestedOn\": \"2025-10-12\"}"));

    private String parcel;

    @BeforeAll
    void registerOne() throws Exception {
        parcel = registerSample();
    }

    static Stream<Endpoint> endpoints() {
        return ENDPOINTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void malformedBodiesAreMalformedRequests(Endpoint endpoint) throws Exception {
        for (String body : List.of("{\"amount\": ", "[1, 2, 3]", "\"just a string\"", "", "{\"milestone\": 12 ,,}")) {
            expectUnchanged(() -> postAs(endpoint.user(), endpoint.on(parcel), body), 400, "MALFORMED_REQUEST");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anEmptyObjectFailsValidationWithFieldErrors(Endpoint endpoint) throws Exception {
        int before = eventCount(parcel);
        ResultActions result = postAs(endpoint.user(), endpoint.on(parcel), "{}");
        expectProblem(result, 400, "VALIDATION_FAILED");
        result.andExpect(jsonPath("$.fieldErrors[0].field").isString())
              .andExpect(jsonPath("$.fieldErrors[0].message").isString());
        assertThat(eventCount(parcel)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aMalformedParcelIdInThePathIsRefusedBeforeAnythingRuns(Endpoint endpoint) throws Exception {
        for (String id : List.of("not-an-id", "1305302024B0001", "1305302024b00017", "13053020240B0001", "x".repeat(300),
                "1305302024B00017 ")) {
            ResultActions result = postAs(endpoint.user(), endpoint.on(id), endpoint.body());
            expectProblem(result, 400, "VALIDATION_FAILED");
            result.andExpect(jsonPath("$.fieldErrors[?(@.field == 'parcelId')]").exists());
        }
        // what the firewall refuses before any controller (an encoded percent sign, a dot segment)
        for (String id : List.of("%20", "..%2F..")) {
            expectProblem(postAs(endpoint.user(), endpoint.on(id), endpoint.body()), 400, "MALFORMED_REQUEST");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anUnknownParcelIsParcelNotFound(Endpoint endpoint) throws Exception {
        String unknown = SampleParcels.nextParcelId();
        expectProblem(postAs(endpoint.user(), endpoint.on(unknown), endpoint.body()), 404, "PARCEL_NOT_FOUND");
        assertThat(eventCount(unknown)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void wrongMediaTypeAndMethodAreProblemsToo(Endpoint endpoint) throws Exception {
        expectProblem(mvc.perform(post(endpoint.on(parcel)).with(as(endpoint.user()))
                .contentType(MediaType.TEXT_PLAIN).content(endpoint.body())), 415, "UNSUPPORTED_MEDIA_TYPE");
        expectProblem(mvc.perform(get(endpoint.on(parcel)).with(as(endpoint.user()))), 405, "METHOD_NOT_ALLOWED");
    }

    static Stream<Arguments> badFields() {
        List<Arguments> cases = new ArrayList<>();
        // amounts: negative, zero, absurd, fractions of a fen, not a number
        for (String amount : List.of("-5", "0", "1e30", "100.001", "123456789012345.00")) {
            cases.add(Arguments.of("/payments", "desk", "{\"amount\": " + amount + ", \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R\"}",
                    "VALIDATION_FAILED", "amount"));
        }
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": \"lots\", \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R\"}",
                "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": 1e999999999, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R\"}",
                "VALIDATION_FAILED", "amount"));
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": 10, \"paidOn\": \"" + TOMORROW + "\", \"receiptNo\": \"R\"}",
                "VALIDATION_FAILED", "paidOn"));
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": 10, \"paidOn\": \"2024-13-45\", \"receiptNo\": \"R\"}",
                "MALFORMED_REQUEST", null));
        // a date is a string YYYY-MM-DD, never a number (which Jackson would read as days since 1970)
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": 10, \"paidOn\": 20240301, \"receiptNo\": \"R\"}",
                "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": 10, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"" + LONG_65 + "\"}",
                "VALIDATION_FAILED", "receiptNo"));
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": 10, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"   \"}",
                "VALIDATION_FAILED", "receiptNo"));
        cases.add(Arguments.of("/handover", "desk", "{\"handedOverOn\": \"" + TOMORROW + "\"}", "VALIDATION_FAILED", "handedOverOn"));
        cases.add(Arguments.of("/handover", "desk", "{\"handedOverOn\": \"2024-04-01\", \"documentNo\": \"" + LONG_65 + "\"}",
                "VALIDATION_FAILED", "documentNo"));
        cases.add(Arguments.of("/start", "patrol", "{\"startedOn\": \"" + TOMORROW + "\"}", "VALIDATION_FAILED", "startedOn"));
        cases.add(Arguments.of("/start", "patrol", "{\"startedOn\": \"2024-09-28\", \"evidence\": \"" + "e".repeat(2001) + "\"}",
                "VALIDATION_FAILED", "evidence"));
        cases.add(Arguments.of("/completion", "patrol", "{\"completedOn\": \"yesterday\"}", "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/patrols", "patrol", "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"Li\", \"status\": \"FLYING\"}",
                "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/patrols", "patrol", "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"Li\", \"status\": \"NOT_STARTED\","
                + " \"builtFloorAreaSqm\": -1}", "VALIDATION_FAILED", "builtFloorAreaSqm"));
        cases.add(Arguments.of("/patrols", "patrol", "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"" + LONG_201 + "\","
                + " \"status\": \"NOT_STARTED\"}", "VALIDATION_FAILED", "inspector"));
        cases.add(Arguments.of("/patrols", "patrol", "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"Li\", \"status\": \"NOT_STARTED\","
                + " \"photoRefs\": [" + "\"p.jpg\",".repeat(50) + "\"p.jpg\"]}", "VALIDATION_FAILED", "photoRefs"));
        cases.add(Arguments.of("/patrols", "patrol", "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"Li\", \"status\": \"NOT_STARTED\","
                + " \"infoBoardPosted\": \"perhaps\"}", "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/breach-findings", "patrol", "{\"milestone\": \"SOMEDAY\", \"cause\": \"LAND_USER\"}", "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/breach-findings", "patrol", "{\"milestone\": \"START\"}", "VALIDATION_FAILED", "cause"));
        cases.add(Arguments.of("/extensions", "desk", "{\"milestone\": \"START\", \"newDate\": \"2025-03-01\", \"approvalNo\": \"YQ\","
                + " \"approvedOn\": \"2024-08-20\", \"appliedOn\": \"2024-09-01\"}", "VALIDATION_FAILED", "appliedBeforeApproval"));
        cases.add(Arguments.of("/extensions", "desk", "{\"milestone\": \"START\", \"newDate\": \"2025-03-01\", \"approvalNo\": \"YQ\","
                + " \"approvedOn\": \"2024-08-20\", \"newCompletionDate\": \"2025-01-01\"}", "VALIDATION_FAILED", "completionAfterNewDate"));
        cases.add(Arguments.of("/extensions", "desk", "{\"milestone\": \"START\", \"newDate\": \"2025-03-01\", \"approvalNo\": \"YQ\","
                + " \"approvedOn\": \"" + TOMORROW + "\"}", "VALIDATION_FAILED", "approvedOn"));
        cases.add(Arguments.of("/notices/{notice}/delivery", "desk", "{\"deliveredOn\": \"2024-06-03\", \"receivedBy\": \"" + LONG_201 + "\"}",
                "VALIDATION_FAILED", "receivedBy"));
        cases.add(Arguments.of("/termination", "desk", "{\"decisionNo\": \"\", \"decidedOn\": \"2024-08-15\"}", "VALIDATION_FAILED", "decisionNo"));
        cases.add(Arguments.of("/idle/verification", "patrol", "{\"verifiedOn\": \"2025-10-08\", \"stillIdle\": \"maybe\"}",
                "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/idle/verification", "patrol", "{\"verifiedOn\": \"2025-10-08\"}", "VALIDATION_FAILED", "stillIdle"));
        cases.add(Arguments.of("/idle/determination", "brigade", "{\"determinationNo\": \"RD\", \"determinedOn\": \"2025-10-09\","
                + " \"cause\": \"ALIENS\"}", "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/idle/disposal", "brigade", "{\"method\": \"BURN\", \"decisionNo\": \"F\", \"decidedOn\": \"2025-10-10\"}",
                "MALFORMED_REQUEST", null));
        cases.add(Arguments.of("/idle/disposal", "brigade", "{\"method\": \"AGREED_RECOVERY\", \"decisionNo\": \"F\", \"decidedOn\": \"2025-10-10\","
                + " \"compensation\": -1}", "VALIDATION_FAILED", "compensation"));
        // what only the aggregate can judge, refused by it as INVALID_INPUT: before the signing, status mismatch
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": 10, \"paidOn\": \"2023-01-01\", \"receiptNo\": \"R\"}",
                "INVALID_INPUT", null));
        cases.add(Arguments.of("/patrols", "patrol", "{\"patrolledOn\": \"2024-11-01\", \"inspector\": \"Li\", \"status\": \"NOT_STARTED\","
                + " \"suspendedSince\": \"2024-10-01\"}", "INVALID_INPUT", null));
        cases.add(Arguments.of("/breach-findings", "brigade", "{\"milestone\": \"HANDOVER\", \"cause\": \"LAND_USER\"}", "INVALID_INPUT", null));
        // the parcel's state and rules
        cases.add(Arguments.of("/payments", "desk", "{\"amount\": 99999999.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R\"}",
                "RULE_VIOLATION", null));
        cases.add(Arguments.of("/termination", "desk", "{\"decisionNo\": \"JC\", \"decidedOn\": \"2024-08-15\"}", "RULE_VIOLATION", null));
        cases.add(Arguments.of("/start", "patrol", "{\"startedOn\": \"2024-09-28\"}", "ILLEGAL_STATE", null));
        cases.add(Arguments.of("/completion", "patrol", "{\"completedOn\": \"2024-09-28\"}", "ILLEGAL_STATE", null));
        cases.add(Arguments.of("/idle/verification", "patrol", "{\"verifiedOn\": \"2025-10-08\", \"stillIdle\": true}", "ILLEGAL_STATE", null));
        cases.add(Arguments.of("/idle/determination", "brigade", "{\"determinationNo\": \"RD\", \"determinedOn\": \"2025-10-09\","
                + " \"cause\": \"LAND_USER\"}", "ILLEGAL_STATE", null));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {3} {4}: {2}")
    @MethodSource("badFields")
    void badFieldsAreRefusedWithTheirCode(String path, String user, String body, String code, String field) throws Exception {
        String uri = new Endpoint(path, user, body).on(parcel);
        int status = switch (code) {
            case "RULE_VIOLATION" -> 422;
            case "ILLEGAL_STATE" -> 409;
            default -> 400;
        };
        ResultActions result = expectUnchanged(() -> postAs(user, uri, body), status, code);
        if (field != null) {
            result.andExpect(jsonPath("$.fieldErrors[?(@.field == '" + field + "')]").exists());
        }
    }

    static Stream<Arguments> badRegistrations() {
        String sample = SampleParcels.registrationJson("1305302024B99999");
        return Stream.of(
                Arguments.of(sample.replace("\"agreedStartDate\": \"2024-10-01\"", "\"agreedStartDate\": \"2024-03-01\""),
                        400, "INVALID_CONTRACT_TERMS"),
                Arguments.of(sample.replace("\"signedOn\": \"2024-02-01\"", "\"signedOn\": \"" + TOMORROW + "\""), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("26666.70", "1e30"), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("26666.70", "-1"), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("\"totalPrice\": 12345678.00", "\"totalPrice\": 12345678.001"), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("\"amount\": 6172839.00 }", "\"amount\": -6172839.00 }"), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("Xinhe bearing plant phase II", "P".repeat(201)), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("XH-CR-2024-017", "C".repeat(65)), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("91130530MA0CX0XU3B", "91130530MA0CX0XU3B1"), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("\"LISTING\"", "\"BARTER\""), 400, "MALFORMED_REQUEST"),
                Arguments.of(sample.replace("\"termYears\": 50", "\"termYears\": \"fifty\""), 400, "MALFORMED_REQUEST"),
                Arguments.of(sample.replace("\"termYears\": 50", "\"termYears\": 1e10"), 400, "MALFORMED_REQUEST"),
                Arguments.of(sample.replace("\"termYears\": 50", "\"termYears\": 500"), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("\"latePaymentPerDay\": 0.001", "\"latePaymentPerDay\": 0.5"), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("\"districtCode\": \"130530\"", "\"districtCode\": \"13053X\""), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("1305302024B99999", "XYZ"), 400, "VALIDATION_FAILED"),
                Arguments.of(sample.replace("\"2024-03-01\"", "\"2024-02-30\""), 400, "MALFORMED_REQUEST"),
                Arguments.of(sample.replace("\"landUser\": {", "\"landUser\": 7, \"x\": {"), 400, "MALFORMED_REQUEST"),
                Arguments.of(sample.replace("\"installments\": [", "\"installments\": {\"a\": ["), 400, "MALFORMED_REQUEST"),
                Arguments.of("{\"parcelId\": null}", 400, "VALIDATION_FAILED"),
                Arguments.of("null", 400, "MALFORMED_REQUEST"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("badRegistrations")
    void badRegistrationsAreRefusedAndStoreNothing(String body, int status, String code) throws Exception {
        String id = SampleParcels.nextParcelId();
        expectProblem(register(body.replace("1305302024B99999", id)), status, code);
        assertThat(eventCount(id)).isZero();
    }

    @Test
    void hugeBodiesAreRefused() throws Exception {
        String huge = "{\"remarks\": \"" + "x".repeat(1_100_000) + "\"}";
        expectUnchanged(() -> postAs("patrol", "/api/v1/parcels/" + parcel + "/patrols", huge), 413, "PAYLOAD_TOO_LARGE");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        expectUnchanged(() -> postAs("patrol", "/api/v1/parcels/" + parcel + "/patrols", deep), 400, "MALFORMED_REQUEST");
    }

    @Test
    void unknownPathsAndUnacceptableFormatsAreProblems() throws Exception {
        expectProblem(getAs("desk", "/api/v1/nothing-here"), 404, "NOT_FOUND");
        expectProblem(mvc.perform(get("/api/v1/parcels/" + parcel).with(as("desk")).accept(MediaType.APPLICATION_XML)),
                406, "NOT_ACCEPTABLE");
    }

    @FunctionalInterface
    interface Call {
        ResultActions perform() throws Exception;
    }

    private ResultActions expectUnchanged(Call call, int status, String code) throws Exception {
        int before = eventCount(parcel);
        ResultActions result = call.perform();
        expectProblem(result, status, code);
        assertThat(eventCount(parcel)).as("events of the parcel").isEqualTo(before);
        return result;
    }
}
