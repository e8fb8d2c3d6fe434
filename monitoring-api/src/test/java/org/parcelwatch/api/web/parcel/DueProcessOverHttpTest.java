package org.parcelwatch.api.web.parcel;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;

/**
 * Due process over HTTP (DESIGN §6.2): one parcel from the idle suspicion through the hearing-rights notice, its
 * delivery just before National Day 2026, the land user's request, the hearing held and the government's approval to
 * the recovery without compensation; each missing step refused with 422 naming it. The disclosure list, the land
 * user's record, the parcel's file, the printed decision, the worklist and the compliance report show it.
 */
class DueProcessOverHttpTest extends ApiTestSupport {

    private static final String APPROVAL = "县政府批〔2026〕9号";

    @Test
    void aParcelGoesFromSuspicionThroughHearingAndApprovalToRecovery() throws Exception {
        String id = SampleParcels.nextParcelId();
        String creditCode = SampleParcels.nextCreditCode();
        register(SampleParcels.registrationJson(id, "Xinhe Idle Works Co., Ltd. (新河县闲置实业有限公司)", creditCode))
                .andExpect(status().isCreated());
        String base = determinedIdle(id);
        sweep(id, "2026-10-02");

        String recovery = """
                { "method": "RECOVERY_WITHOUT_COMPENSATION", "decisionNo": "SH-%s", "decidedOn": "%s"%s }""";
        String approved = ", \"approvalNo\": \"" + APPROVAL + "\", \"approvedOn\": \"2026-10-16\"";
        expectRefusal(postAs("brigade", base + "/idle/disposal", recovery.formatted(id, "2026-10-05", approved)),
                "no hearing-rights notice");

        postAs("brigade", base + "/idle/hearing-notice", """
                { "issuedOn": "2026-09-21", "intendedDecision": "RECOVERY_WITHOUT_COMPENSATION" }""").andExpect(status().isOk());
        String notice = id + "-TZGZ-01";
        expectRefusal(postAs("brigade", base + "/idle/disposal", recovery.formatted(id, "2026-10-05", approved)),
                "has not been delivered");
        // delivered on Thursday 24 September: 中秋 25–27, three working days, 国庆 1–7 October, then the 8th and 9th
        postAs("desk", base + "/notices/" + notice + "/delivery", """
                { "deliveredOn": "2026-09-24", "receivedBy": "Zhao Lei, legal representative" }""").andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/notices/" + notice)
                .andExpect(jsonPath("$.dueDate").value("2026-10-09")));
        expectRefusal(postAs("brigade", base + "/idle/disposal", recovery.formatted(id, "2026-10-09", "")),
                "still open until 2026-10-09");
        awaitProjections();
        getAs("desk", "/api/v1/worklist?date=2026-10-09")
                .andExpect(jsonPath("$.dueProcess[?(@.parcelId == '" + id + "')].step").value("REQUEST_PERIOD_RUNNING"))
                .andExpect(jsonPath("$.dueProcess[?(@.parcelId == '" + id + "')].dueBy").value("2026-10-09"));

        postAs("brigade", base + "/idle/hearing", "{ \"requestedOn\": \"2026-09-28\" }").andExpect(status().isOk());
        expectRefusal(postAs("brigade", base + "/idle/disposal", recovery.formatted(id, "2026-10-20", approved)),
                "requested a hearing on 2026-09-28 and it has not been held");
        postAs("brigade", base + "/idle/hearing", """
                { "heldOn": "2026-10-15", "recordNo": "TZ-%s", "outcome": "the land user's statement heard; recovery upheld" }"""
                .formatted(id)).andExpect(status().isOk());
        awaitProjections();
        getAs("desk", "/api/v1/worklist?date=2026-10-16")
                .andExpect(jsonPath("$.dueProcess[?(@.parcelId == '" + id + "')].step").value("APPROVAL_MISSING"));
        expectRefusal(postAs("brigade", base + "/idle/disposal", recovery.formatted(id, "2026-10-20", "")),
                "报本级人民政府批准");
        postAs("brigade", base + "/idle/disposal", recovery.formatted(id, "2026-10-20", approved)).andExpect(status().isOk());

        awaitProjections();
        getAs("desk", base)
                .andExpect(jsonPath("$.stage").value("RECOVERED"))
                .andExpect(jsonPath("$.idle.approvalNo").value(APPROVAL))
                .andExpect(jsonPath("$.idle.approvedOn").value("2026-10-16"))
                .andExpect(jsonPath("$.idle.hearings[0].noticeNo").value(notice))
                .andExpect(jsonPath("$.idle.hearings[0].requestBy").value("2026-10-09"))
                .andExpect(jsonPath("$.idle.hearings[0].heldOn").value("2026-10-15"));
        getAs("desk", "/api/v1/notices/" + id + "-SH-01")
                .andExpect(jsonPath("$.facts", containsString(APPROVAL)))
                .andExpect(jsonPath("$.liability", containsString("60日内依法申请行政复议")))
                .andExpect(jsonPath("$.liability", containsString("6个月内依法向人民法院提起行政诉讼")));
        String entry = "$.entries[?(@.parcelId == '" + id + "')]";
        getAs("desk", "/api/v1/idle-land/disclosure?year=2025")
                .andExpect(jsonPath(entry + ".disposalMethod").value("RECOVERY_WITHOUT_COMPENSATION"))
                .andExpect(jsonPath(entry + ".decisionNo").value("SH-" + id))
                .andExpect(jsonPath(entry + ".approvalNo").value(APPROVAL))
                .andExpect(jsonPath(entry + ".approvedOn").value("2026-10-16"));
        getAs("desk", "/api/v1/land-users/" + creditCode)
                .andExpect(jsonPath("$.parcels[0].parcelId").value(id))
                .andExpect(jsonPath("$.parcels[0].stage").value("RECOVERED"))
                .andExpect(jsonPath("$.parcels[0].defaults[*].kind", hasItem("RECOVERED_WITHOUT_COMPENSATION")));
        String row = "$.rows[?(@.parcelId == '" + id + "' && @.duty == '%s')].status";
        getAs("auditor", "/api/v1/audit/compliance?from=2026-09-01&to=2026-12-31")
                .andExpect(jsonPath(row.formatted("HEARING_NOTICE")).value("ON_TIME"))
                .andExpect(jsonPath(row.formatted("HEARING_HELD")).value("ON_TIME"))
                .andExpect(jsonPath(row.formatted("GOVERNMENT_APPROVAL")).value("ON_TIME"));
    }

    @Test
    void aRequestAfterTheFiveWorkingDaysIsRefused() throws Exception {
        String id = registerSample();
        String base = determinedIdle(id);
        postAs("brigade", base + "/idle/hearing-notice", "{ \"issuedOn\": \"2025-12-29\", \"intendedDecision\": \"IDLE_FEE\" }")
                .andExpect(status().isOk());
        // delivered Monday 29 December 2025: the 30th, the 31st, 元旦 1–3 January, Sunday the 4th worked, the 5th, the 6th
        postAs("desk", base + "/notices/" + id + "-TZGZ-01/delivery", """
                { "deliveredOn": "2025-12-29", "receivedBy": "office" }""").andExpect(status().isOk());
        int before = eventCount(id);
        expectProblem(postAs("brigade", base + "/idle/hearing", "{ \"requestedOn\": \"2026-01-07\" }"), 422, "RULE_VIOLATION");
        org.assertj.core.api.Assertions.assertThat(eventCount(id)).isEqualTo(before);
        expectProblem(postAs("brigade", base + "/idle/hearing-notice", "{ \"issuedOn\": \"2025-12-29\", \"intendedDecision\": \"EXTENSION\" }"),
                400, "INVALID_INPUT");
        postAs("brigade", base + "/idle/hearing", "{ \"requestedOn\": \"2026-01-06\" }").andExpect(status().isOk());
    }

    /** Handed over, the start missed for the land user's cause, idle a year, verified and determined on 2025-10-28. */
    private String determinedIdle(String id) throws Exception {
        String base = "/api/v1/parcels/" + id;
        postAs("desk", base + "/handover", "{ \"handedOverOn\": \"2024-04-05\" }").andExpect(status().isOk());
        sweep(id, "2024-10-02");
        postAs("brigade", base + "/breach-findings", "{ \"milestone\": \"START\", \"cause\": \"LAND_USER\", \"findings\": \"no works\" }")
                .andExpect(status().isOk());
        sweep(id, "2025-10-02");
        postAs("patrol", base + "/idle/verification", """
                { "verifiedOn": "2025-10-08", "stillIdle": true, "remarks": "vacant" }""").andExpect(status().isOk());
        postAs("brigade", base + "/idle/determination", """
                { "determinationNo": "XZRD-%s", "determinedOn": "2025-10-28", "cause": "LAND_USER" }""".formatted(id))
                .andExpect(status().isOk());
        return base;
    }

    private void expectRefusal(org.springframework.test.web.servlet.ResultActions result, String reason) throws Exception {
        expectProblem(result, 422, "RULE_VIOLATION");
        result.andExpect(jsonPath("$.detail", containsString(reason)));
    }

    private void sweep(String parcelId, String asOf) {
        commands.sendAndWait(new CheckDuePoints(parcelId, LocalDate.parse(asOf)), AuditMetadata.sweep());
    }
}
