package org.parcelwatch.api.web.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;

/**
 * DESIGN §6.1 rules 1 (the extension side), 2, 5 and 6 over HTTP: contract extensions add up to one year from the
 * contract date; a late handover is answered by an extension that needs no application ahead; an Art. 12 disposal
 * sets the parcel's next dates (temporary use holding the rules until it ends), agreed recovery closes the parcel, and
 * the disposal refuses what it misses; an allocation's idle fee is reckoned on the assessed price it must name. The
 * tests enter each parcel's past with today's clock, so the commands that change dates enter history
 * ({@code enteringHistory=true}): checked at once, they would fire what is due today, years after the dates walked.
 */
class ExtensionsAndDisposalsOverHttpTest extends ApiTestSupport {

    @Test
    void contractExtensionsTogetherMoveTheStartAtMostOneYear() throws Exception {
        String id = registerSample();
        String base = "/api/v1/parcels/" + id;
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-04-01", "documentNo": "JD-1" }""").andExpect(status().isOk());
        postAs("desk", base + "/extensions?enteringHistory=true", """
                { "milestone": "START", "newDate": "2025-03-01", "approvalNo": "YQ-1", "approvedOn": "2024-08-15",
                  "appliedOn": "2024-08-01", "reason": "financing" }""").andExpect(status().isOk());
        int before = eventCount(id);
        expectProblem(postAs("desk", base + "/extensions?enteringHistory=true", """
                { "milestone": "START", "newDate": "2025-10-02", "approvalNo": "YQ-2", "approvedOn": "2025-01-20",
                  "appliedOn": "2025-01-15", "reason": "financing" }"""), 422, "RULE_VIOLATION");
        assertThat(eventCount(id)).isEqualTo(before);
        postAs("desk", base + "/extensions?enteringHistory=true", """
                { "milestone": "START", "newDate": "2025-10-01", "approvalNo": "YQ-2", "approvedOn": "2025-01-20",
                  "appliedOn": "2025-01-15", "reason": "financing" }""").andExpect(status().isOk());

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.milestones.start.agreedDate").value("2025-10-01"))
                .andExpect(jsonPath("$.milestones.completion.agreedDate").value("2027-10-01")));
    }

    @Test
    void aLateHandoverIsAnsweredByAnExtensionWithoutApplicationAhead() throws Exception {
        String id = registerSample();
        String base = "/api/v1/parcels/" + id;
        // not handed over (agreed 2024-04-01); the start date 2024-10-01 has passed
        expectProblem(postAs("desk", base + "/extensions?enteringHistory=true", """
                { "milestone": "START", "newDate": "2025-06-01", "approvalNo": "YQ-JD-1", "approvedOn": "2024-10-20",
                  "reason": "land not handed over" }"""), 422, "RULE_VIOLATION");
        postAs("desk", base + "/extensions?enteringHistory=true", """
                { "milestone": "START", "newDate": "2025-06-01", "approvalNo": "YQ-JD-1", "approvedOn": "2024-10-20",
                  "reason": "land not handed over", "governmentCause": "LAND_NOT_HANDED_OVER_ON_TIME" }""")
                .andExpect(status().isOk());
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-10-25", "documentNo": "JD-late" }""").andExpect(status().isOk());

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.milestones.start.agreedDate").value("2025-06-01"))
                .andExpect(jsonPath("$.milestones.completion.agreedDate").value("2027-06-01")));
    }

    @Test
    void temporaryUseNamesTheNextDatesAndHoldsTheRulesUntilItEnds() throws Exception {
        String id = determinedIdle("GOVERNMENT");
        String base = "/api/v1/parcels/" + id;
        expectProblem(postAs("brigade", base + "/idle/disposal?enteringHistory=true", """
                { "method": "TEMPORARY_USE", "decisionNo": "CZ-1", "decidedOn": "2025-11-01",
                  "temporaryUseUntil": "2026-10-15" }"""), 400, "INVALID_INPUT");
        expectProblem(postAs("brigade", base + "/idle/disposal?enteringHistory=true", """
                { "method": "TEMPORARY_USE", "decisionNo": "CZ-1", "decidedOn": "2025-11-01",
                  "temporaryUseUntil": "2027-11-02", "newStartDate": "2027-12-01", "newCompletionDate": "2029-12-01" }"""),
                422, "RULE_VIOLATION");
        postAs("brigade", base + "/idle/disposal?enteringHistory=true", """
                { "method": "TEMPORARY_USE", "decisionNo": "CZ-1", "decidedOn": "2025-11-01",
                  "temporaryUseUntil": "2026-10-15", "newStartDate": "2026-11-15", "newCompletionDate": "2028-11-15",
                  "remarks": "temporary car park" }""").andExpect(status().isOk());

        // the old completion date 2026-10-01 passes during the temporary use: nothing fires
        int disposed = eventCount(id);
        sweep(id, "2026-10-02");
        assertThat(eventCount(id)).isEqualTo(disposed);
        // after it, the rules act on the new dates: the start reminder 30 days before 2026-11-15, the miss the day after
        sweep(id, "2026-10-16");
        assertThat(eventCount(id)).isEqualTo(disposed + 1);
        sweep(id, "2026-11-16");
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.milestones.start.agreedDate").value("2026-11-15"))
                .andExpect(jsonPath("$.milestones.completion.agreedDate").value("2028-11-15"))
                .andExpect(jsonPath("$.flags", org.hamcrest.Matchers.hasItem("START_MISSED"))));
    }

    @Test
    void aChangeOfUseNamesTheUseAndTheDatesAndAgreedRecoveryClosesTheParcel() throws Exception {
        String id = determinedIdle("GOVERNMENT");
        String base = "/api/v1/parcels/" + id;
        expectProblem(postAs("brigade", base + "/idle/disposal?enteringHistory=true", """
                { "method": "CHANGE_OF_USE", "decisionNo": "CZ-2", "decidedOn": "2025-11-01",
                  "newStartDate": "2026-06-01", "newCompletionDate": "2028-06-01" }"""), 400, "INVALID_INPUT");
        expectProblem(postAs("brigade", base + "/idle/disposal?enteringHistory=true", """
                { "method": "CHANGE_OF_USE", "decisionNo": "CZ-2", "decidedOn": "2025-11-01", "newLandUse": "0604" }"""),
                400, "INVALID_INPUT");
        postAs("brigade", base + "/idle/disposal?enteringHistory=true", """
                { "method": "CHANGE_OF_USE", "decisionNo": "CZ-2", "decidedOn": "2025-11-01", "newLandUse": "0604",
                  "newStartDate": "2026-06-01", "newCompletionDate": "2028-06-01" }""").andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.landUse").value("0604"))
                .andExpect(jsonPath("$.milestones.start.agreedDate").value("2026-06-01"))
                .andExpect(jsonPath("$.milestones.completion.agreedDate").value("2028-06-01")));

        String other = determinedIdle("GOVERNMENT");
        postAs("brigade", "/api/v1/parcels/" + other + "/idle/disposal?enteringHistory=true", """
                { "method": "AGREED_RECOVERY", "decisionNo": "CZ-3", "decidedOn": "2025-11-01", "compensation": 9000000.00,
                  "approvalNo": "县政府批〔2025〕7号", "approvedOn": "2025-10-30" }""")
                .andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels/" + other)
                .andExpect(jsonPath("$.stage").value("RECOVERED")));
    }

    @Test
    void anAllocationsIdleFeeIsReckonedOnTheAssessedPriceItMustName() throws Exception {
        String id = determinedIdle(registerAllocation(), "LAND_USER");
        String base = "/api/v1/parcels/" + id;
        hearingWaived(id, "IDLE_FEE", "2025-11-01", 1);
        int before = eventCount(id);
        expectProblem(postAs("brigade", base + "/idle/disposal?enteringHistory=true", """
                { "method": "IDLE_FEE", "decisionNo": "XZF-1", "decidedOn": "2025-11-01" }"""), 422, "RULE_VIOLATION");
        assertThat(eventCount(id)).isEqualTo(before);
        postAs("brigade", base + "/idle/disposal?enteringHistory=true", """
                { "method": "IDLE_FEE", "decisionNo": "XZF-1", "decidedOn": "2025-11-01", "feeBase": 5000000.00 }""")
                .andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.idle.status").value("FEE_IMPOSED"))
                .andExpect(jsonPath("$.idle.idleFee").value(1000000.00)));
    }

    /** The sample parcel, handed over, its start missed and its cause found, idle a year, referred and determined. */
    private String determinedIdle(String cause) throws Exception {
        return determinedIdle(registerSample(), cause);
    }

    private String determinedIdle(String id, String cause) throws Exception {
        String base = "/api/v1/parcels/" + id;
        String governmentCause = cause.equals("GOVERNMENT") ? ", \"governmentCause\": \"PLAN_REVISED\"" : "";
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-04-01", "documentNo": "JD-1" }""").andExpect(status().isOk());
        sweep(id, "2024-10-02");
        postAs("brigade", base + "/breach-findings", """
                { "milestone": "START", "cause": "%s"%s, "findings": "re-check" }""".formatted(cause, governmentCause))
                .andExpect(status().isOk());
        sweep(id, "2025-10-02");
        postAs("patrol", base + "/idle/verification", """
                { "verifiedOn": "2025-10-08", "stillIdle": true, "remarks": "vacant" }""").andExpect(status().isOk());
        postAs("brigade", base + "/idle/determination", """
                { "determinationNo": "XZRD-1", "determinedOn": "2025-10-28", "cause": "%s"%s }""".formatted(cause, governmentCause))
                .andExpect(status().isOk());
        return id;
    }

    private void sweep(String parcelId, String asOf) {
        commands.sendAndWait(new CheckDuePoints(parcelId, LocalDate.parse(asOf)), AuditMetadata.sweep());
    }
}
