package org.parcelwatch.api.web.parcel;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;

/**
 * Issue 13 end to end over HTTP: the handover gate and handover overdue (rule 1), closure stopping the clock
 * (rule 4) and the indicators counting recovered and terminated parcels (rule 8). Each test registers its parcels
 * in a township of its own, so the indicators it reads are its own.
 */
class TimeRulesOverHttpTest extends ApiTestSupport {

    @Test
    void landNeverHandedOverRaisesNoStartNoticeNorIdleSuspicionButShowsAsHandoverOverdue() throws Exception {
        String township = "Gate town " + SampleParcels.nextParcelId();
        String id = registerIn(township);
        String base = "/api/v1/parcels/" + id;
        pay(base);

        sweep(id, "2024-04-01");
        awaitProjections();
        getAs("desk", base).andExpect(jsonPath("$.flags").isEmpty());

        sweep(id, "2024-04-02");
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.flags").value(hasItem("HANDOVER_OVERDUE"))));

        sweep(id, "2024-09-01");
        sweep(id, "2024-10-02");
        sweep(id, "2025-10-02");
        sweep(id, "2026-10-02");
        awaitProjections();
        getAs("desk", base)
                .andExpect(jsonPath("$.flags").value(not(hasItem("START_MISSED"))))
                .andExpect(jsonPath("$.flags").value(not(hasItem("IDLE_SUSPECTED"))))
                .andExpect(jsonPath("$.milestones.handover.status").value("MISSED"))
                .andExpect(jsonPath("$.milestones.start.status").value("AWAITING_HANDOVER"))
                .andExpect(jsonPath("$.milestones.completion.status").value("AWAITING_HANDOVER"))
                .andExpect(jsonPath("$.idle.status").value("NONE"))
                .andExpect(jsonPath("$.notices[?(@.type == 'START_OVERDUE')]").isEmpty())
                .andExpect(jsonPath("$.notices[?(@.type == 'START_REMINDER')]").isEmpty());
        getAs("desk", "/api/v1/worklist")
                .andExpect(jsonPath("$.handoversOverdue[?(@.parcelId == '" + id + "')].agreedDate").value(hasItem("2024-04-01")))
                .andExpect(jsonPath("$.handoversOverdue[?(@.parcelId == '" + id + "')].overdueFrom").value(hasItem("2024-04-02")))
                .andExpect(jsonPath("$.missedAwaitingFinding[?(@.parcelId == '" + id + "')]").isEmpty());
        getAs("desk", "/api/v1/indicators?year=2024&township=" + township)
                .andExpect(jsonPath("$.onTimeHandoverRate.numerator").value(0))
                .andExpect(jsonPath("$.onTimeHandoverRate.denominator").value(1))
                .andExpect(jsonPath("$.onTimeStartRate.denominator").value(1));

        // the land is handed over at last: the overdue is gone from the flags and the worklist
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2026-11-01", "documentNo": "JD-late" }""").andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.stage").value("HANDED_OVER"))
                .andExpect(jsonPath("$.flags").value(not(hasItem("HANDOVER_OVERDUE")))));
        getAs("desk", "/api/v1/worklist")
                .andExpect(jsonPath("$.handoversOverdue[?(@.parcelId == '" + id + "')]").isEmpty());
    }

    @Test
    void aRecoveredParcelOwesItsDamagesToTheDayOfRecoveryAndCountsAsNotStartedOnTime() throws Exception {
        String township = "Closure town " + SampleParcels.nextParcelId();
        String onTime = registerIn(township);
        pay("/api/v1/parcels/" + onTime);
        postAs("desk", "/api/v1/parcels/" + onTime + "/handover", """
                { "handedOverOn": "2024-04-01", "documentNo": "JD-1" }""").andExpect(status().isOk());
        postAs("patrol", "/api/v1/parcels/" + onTime + "/start", """
                { "startedOn": "2024-09-28", "evidence": "site photos" }""").andExpect(status().isOk());

        String id = registerIn(township);
        String base = "/api/v1/parcels/" + id;
        pay(base);
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-04-01", "documentNo": "JD-2" }""").andExpect(status().isOk());
        sweep(id, "2024-10-02");
        postAs("brigade", base + "/breach-findings", """
                { "milestone": "START", "cause": "LAND_USER", "findings": "no works" }""").andExpect(status().isOk());
        sweep(id, "2025-10-02");
        postAs("patrol", base + "/idle/verification", """
                { "verifiedOn": "2025-10-08", "stillIdle": true, "remarks": "vacant" }""").andExpect(status().isOk());
        postAs("brigade", base + "/idle/determination", """
                { "determinationNo": "XZRD-1", "determinedOn": "2025-11-01", "cause": "LAND_USER" }""")
                .andExpect(status().isOk());
        sweep(id, "2026-10-02");
        hearingWaived(id, "RECOVERY_WITHOUT_COMPENSATION", "2026-10-05", 1);
        postAs("brigade", base + "/idle/disposal", """
                { "method": "RECOVERY_WITHOUT_COMPENSATION", "decisionNo": "SH-1", "decidedOn": "2026-10-05",
                  "approvalNo": "县政府批〔2026〕9号", "approvedOn": "2026-10-02",
                  "remarks": "recovered" }""").andExpect(status().isOk());
        sweep(id, today().toString());

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.stage").value("RECOVERED")));
        // 0.0005 × 12,345,678.00 × 734 days (2024-10-01 → 2026-10-05), whatever the day asked
        getAs("desk", base)
                .andExpect(jsonPath("$.damages.lateStart").value(4530863.83))
                .andExpect(jsonPath("$.damages.total").value(4530863.83))
                .andExpect(jsonPath("$.flags").isEmpty());
        awaitProjections();
        getAs("desk", "/api/v1/indicators?year=2024&township=" + township)
                .andExpect(jsonPath("$.onTimeStartRate.numerator").value(1))
                .andExpect(jsonPath("$.onTimeStartRate.denominator").value(2))
                .andExpect(jsonPath("$.onTimeStartRate.rate").value(0.5));
    }

    @Test
    void aTerminatedContractStopsAccruingOnTheDayOfTermination() throws Exception {
        String id = registerIn("Termination town " + SampleParcels.nextParcelId());
        String base = "/api/v1/parcels/" + id;
        sweep(id, "2024-03-02");
        sweep(id, "2024-05-01");
        postAs("desk", base + "/termination", """
                { "decisionNo": "JC-1", "decidedOn": "2024-06-01", "reason": "land price unpaid" }""")
                .andExpect(status().isOk());
        sweep(id, today().toString());

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.stage").value("TERMINATED")));
        // 1‰ a day on 6,172,839.00 from 2024-03-01 (92 days) and from 2024-05-10 (22 days), to the termination
        getAs("desk", base)
                .andExpect(jsonPath("$.damages.latePayment").value(703703.65))
                .andExpect(jsonPath("$.notices[?(@.type == 'START_OVERDUE')]").isEmpty())
                .andExpect(jsonPath("$.notices[?(@.type == 'START_REMINDER')]").isEmpty());
    }

    private String registerIn(String township) throws Exception {
        String id = SampleParcels.nextParcelId();
        register(SampleParcels.registrationJson(id).replace("\"Xinhe town\"", "\"" + township + "\""))
                .andExpect(status().isCreated());
        return id;
    }

    private void pay(String base) throws Exception {
        postAs("desk", base + "/payments", """
                { "amount": 6172839.00, "paidOn": "2024-02-25", "receiptNo": "R-1" }""").andExpect(status().isOk());
        postAs("desk", base + "/payments", """
                { "amount": 6172839.00, "paidOn": "2024-05-08", "receiptNo": "R-2" }""").andExpect(status().isOk());
    }

    private void sweep(String parcelId, String asOf) {
        commands.sendAndWait(new CheckDuePoints(parcelId, LocalDate.parse(asOf)), AuditMetadata.sweep());
    }
}
