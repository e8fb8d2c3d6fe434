package org.parcelwatch.api.web.parcel;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 13 over HTTP, the parts of rules 3 and 7 and the plot-ratio flag: a land use is a GB/T 21010-2017 code
 * within its Art. 12 term; the investigation notice and the idle-fee decision count their 30 days from delivery;
 * a completion outside the contract's plot ratio is flagged.
 */
class TermsAndDeliveryOverHttpTest extends ApiTestSupport {

    private static final String SAMPLE_USE_AND_TERM = "\"landUse\": \"0601\", \"termYears\": 50";

    private static String registration(String parcelId, String landUse, int termYears) {
        String sample = SampleParcels.registrationJson(parcelId);
        if (!sample.contains(SAMPLE_USE_AND_TERM)) {
            throw new IllegalStateException("the sample registration no longer reads " + SAMPLE_USE_AND_TERM);
        }
        return sample.replace(SAMPLE_USE_AND_TERM, "\"landUse\": \"" + landUse + "\", \"termYears\": " + termYears);
    }

    @Test
    void theLandUseIsACodeShownWithItsChineseNameAndTheTermStaysWithinArticle12() throws Exception {
        refused(registration(SampleParcels.nextParcelId(), "0601", 70), "maximum of 50 years");
        refused(registration(SampleParcels.nextParcelId(), "05", 41), "maximum of 40 years");
        refused(registration(SampleParcels.nextParcelId(), "RESIDENTIAL", 71), "maximum of 70 years");
        refused(registration(SampleParcels.nextParcelId(), "9999", 50), "GB/T 21010-2017");

        String industrial = SampleParcels.nextParcelId();
        register(registration(industrial, "0601", 50)).andExpect(status().isCreated());
        String residential = SampleParcels.nextParcelId();
        register(registration(residential, "RESIDENTIAL", 70)).andExpect(status().isCreated());

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels/" + industrial)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.landUse").value("0601"))
                .andExpect(jsonPath("$.landUseName").value("工业用地"))
                .andExpect(jsonPath("$.termYears").value(50)));
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels/" + residential)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.landUse").value("0701"))
                .andExpect(jsonPath("$.landUseName").value("城镇住宅用地"))
                .andExpect(jsonPath("$.termYears").value(70)));
    }

    @Test
    void theInvestigationAndTheFeeDecisionCountTheirThirtyDaysFromDelivery() throws Exception {
        String id = registerSample();
        String base = "/api/v1/parcels/" + id;
        String investigation = id + "-XZDC-01";
        String feeDecision = id + "-XZF-01";
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-04-01", "documentNo": "JD-1" }""").andExpect(status().isOk());
        sweep(id, "2024-10-02");
        postAs("brigade", base + "/breach-findings", """
                { "milestone": "START", "cause": "LAND_USER", "findings": "no works" }""").andExpect(status().isOk());
        sweep(id, "2025-10-02");
        postAs("patrol", base + "/idle/verification", """
                { "verifiedOn": "2025-10-05", "stillIdle": true, "remarks": "vacant" }""").andExpect(status().isOk());

        // issued on 2025-10-05 and not yet delivered: no deadline yet
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/notices/" + investigation)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuedOn").value("2025-10-05"))
                .andExpect(jsonPath("$.dueDate").isEmpty())
                .andExpect(jsonPath("$.liability", containsString("30日内"))));

        postAs("desk", base + "/notices/" + investigation + "/delivery", """
                { "deliveredOn": "2025-10-25", "receivedBy": "Zhang Min" }""").andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/notices/" + investigation)
                .andExpect(jsonPath("$.deliveredOn").value("2025-10-25"))
                .andExpect(jsonPath("$.dueDate").value("2025-11-24")));
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.notices[?(@.noticeNo == '" + investigation + "')].dueDate").value("2025-11-24")));

        LocalDate today = today();
        postAs("brigade", base + "/idle/determination", """
                { "determinationNo": "XZRD-1", "determinedOn": "%s", "cause": "LAND_USER" }""".formatted(today))
                .andExpect(status().isOk());
        hearingWaived(id, "IDLE_FEE", today.toString(), 1);
        postAs("brigade", base + "/idle/disposal", """
                { "method": "IDLE_FEE", "decisionNo": "XZF-1", "decidedOn": "%s" }""".formatted(today))
                .andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/notices/" + feeDecision)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").isEmpty()));
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.idle.status").value("FEE_IMPOSED"))
                .andExpect(jsonPath("$.idle.feePayableBy").isEmpty()));

        postAs("desk", base + "/notices/" + feeDecision + "/delivery", """
                { "deliveredOn": "%s", "receivedBy": "Zhang Min" }""".formatted(today)).andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/notices/" + feeDecision)
                .andExpect(jsonPath("$.dueDate").value(today.plusDays(30).toString())));
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(jsonPath("$.idle.feePayableBy").value(today.plusDays(30).toString())));
    }

    @Test
    void aCompletionOutsideThePlotRatioIsFlaggedWithoutDamages() throws Exception {
        String over = registerSample();
        complete(over, "{ \"completedOn\": \"2026-09-20\", \"acceptanceNo\": \"YS-1\", \"builtFloorAreaSqm\": 53333.41 }");
        String within = registerSample();
        complete(within, "{ \"completedOn\": \"2026-09-20\", \"acceptanceNo\": \"YS-2\", \"builtFloorAreaSqm\": 53333.40 }");

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels/" + over)
                .andExpect(jsonPath("$.stage").value("COMPLETED"))
                .andExpect(jsonPath("$.flags", hasItem("PLOT_RATIO_OUT_OF_RANGE")))
                .andExpect(jsonPath("$.damages.lateCompletion").value(0.0)));
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels/" + within)
                .andExpect(jsonPath("$.stage").value("COMPLETED"))
                .andExpect(jsonPath("$.flags", not(hasItem("PLOT_RATIO_OUT_OF_RANGE")))));
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels?flag=PLOT_RATIO_OUT_OF_RANGE&size=100")
                .andExpect(jsonPath("$.content[*].parcelId", hasItem(over)))
                .andExpect(jsonPath("$.content[*].parcelId", not(hasItem(within)))));
    }

    private void refused(String body, String detail) throws Exception {
        ResultActions result = register(body);
        expectProblem(result, 400, "INVALID_CONTRACT_TERMS");
        result.andExpect(jsonPath("$.detail", containsString(detail)));
    }

    private void complete(String id, String completion) throws Exception {
        String base = "/api/v1/parcels/" + id;
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-04-01", "documentNo": "JD-1" }""").andExpect(status().isOk());
        postAs("patrol", base + "/start", """
                { "startedOn": "2024-09-28", "evidence": "site photos" }""").andExpect(status().isOk());
        postAs("patrol", base + "/completion", completion).andExpect(status().isOk());
    }

    private void sweep(String parcelId, String asOf) {
        commands.sendAndWait(new CheckDuePoints(parcelId, LocalDate.parse(asOf)), AuditMetadata.sweep());
    }
}
