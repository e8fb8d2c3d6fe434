package org.parcelwatch.api.web.parcel;

import org.parcelwatch.api.support.ApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;

/**
 * DESIGN §2 run over HTTP by the roles of §4: a parcel paid, handed over, started, patrolled and completed on
 * time; a defaulter through urge notices, a start breach, idle land to its fee and the contract's termination;
 * an allocation excused by a government cause and extended. The daily sweep is played by sending its
 * command directly (its endpoint belongs to the sweep).
 */
class ProcedureOverHttpTest extends ApiTestSupport {

    @Test
    void onTimeParcelFromRegistrationToCompletion() throws Exception {
        String id = registerSample();
        String base = "/api/v1/parcels/" + id;

        postAs("desk", base + "/payments", """
                { "amount": 6172839.00, "paidOn": "2024-02-25", "receiptNo": "R-1" }""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parcelId").value(id))
                .andExpect(jsonPath("$.accepted").value("RecordPayment"))
                .andExpect(jsonPath("$.parcel").value(base));
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-04-01", "documentNo": "JD-1" }""").andExpect(status().isOk());
        postAs("desk", base + "/payments", """
                { "amount": 6172839.00, "paidOn": "2024-05-08", "receiptNo": "R-2" }""").andExpect(status().isOk());
        postAs("patrol", base + "/start", """
                { "startedOn": "2024-09-28", "evidence": "site photos" }""").andExpect(status().isOk());
        postAs("patrol", base + "/patrols", """
                { "patrolledOn": "2024-11-01", "inspector": "Li Wei", "status": "UNDER_CONSTRUCTION",
                  "builtFloorAreaSqm": 5200.00, "investedAmount": 12000000.00, "infoBoardPosted": true,
                  "useChanged": false, "relocated": false, "trackingCardNo": "GZK-1", "photoRefs": ["p1.jpg"],
                  "remarks": "routine" }""").andExpect(status().isOk());
        // the floor area of the planning acceptance; without it the plot ratio is checked on the last patrol's
        // 5,200 m², taken mid-construction, and the parcel would be flagged PLOT_RATIO_OUT_OF_RANGE
        postAs("patrol", base + "/completion", """
                { "completedOn": "2026-09-20", "acceptanceNo": "GH-YS-2026-9", "builtFloorAreaSqm": 41000.00 }""")
                .andExpect(status().isOk());

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("auditor", base)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("COMPLETED")));
        getAs("brigade", base)
                .andExpect(jsonPath("$.paid").value(12345678.00))
                .andExpect(jsonPath("$.installments[0].status").value("PAID"))
                .andExpect(jsonPath("$.milestones.start.actualDate").value("2024-09-28"))
                .andExpect(jsonPath("$.milestones.completion.actualDate").value("2026-09-20"))
                .andExpect(jsonPath("$.damages.total").value(0.0))
                .andExpect(jsonPath("$.damages.asOf").value(today().toString()))
                .andExpect(jsonPath("$.lastPatrol.inspector").value("Li Wei"))
                .andExpect(jsonPath("$.flags").isEmpty());

        // who did what: the acting user and role of each command are in its event's metadata
        assertThat(actors(id)).containsExactly("desk/DESK/REST", "desk/DESK/REST", "desk/DESK/REST", "desk/DESK/REST",
                "patrol/PATROL/REST", "patrol/PATROL/REST", "patrol/PATROL/REST");
    }

    @Test
    void defaulterThroughUrgeNoticesBreachIdleLandFeeAndTermination() throws Exception {
        String id = registerSample();
        String base = "/api/v1/parcels/" + id;
        sweep(id, "2024-06-01");
        sweep(id, "2024-06-02");
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-04-05" }""").andExpect(status().isOk());
        sweep(id, "2024-10-02");

        // the start was missed: the brigade finds the land user's cause, a performance notice goes out
        postAs("brigade", base + "/breach-findings", """
                { "milestone": "START", "cause": "LAND_USER", "findings": "no works" }""").andExpect(status().isOk());
        expectProblem(postAs("patrol", base + "/breach-findings", """
                { "milestone": "START", "cause": "LAND_USER", "findings": "again" }"""), 409, "ILLEGAL_STATE");

        sweep(id, "2025-10-02");
        postAs("patrol", base + "/idle/verification", """
                { "verifiedOn": "2025-10-08", "stillIdle": true, "remarks": "vacant, fenced" }""")
                .andExpect(status().isOk());
        postAs("brigade", base + "/idle/determination", """
                { "determinationNo": "ZX-XZRD-1", "determinedOn": "%s", "cause": "LAND_USER" }""".formatted(today()))
                .andExpect(status().isOk());
        hearingWaived(id, "IDLE_FEE", today().toString(), 1);
        postAs("brigade", base + "/idle/disposal", """
                { "method": "IDLE_FEE", "decisionNo": "ZX-XZF-1", "decidedOn": "%s", "remarks": "fee" }""".formatted(today()))
                .andExpect(status().isOk());

        // notices: delivered once; a number never issued is NOTICE_NOT_FOUND
        postAs("desk", base + "/notices/" + id + "-CJ-01/delivery", """
                { "deliveredOn": "2024-06-03", "receivedBy": "Wang Fang" }""").andExpect(status().isOk());
        expectProblem(postAs("desk", base + "/notices/" + id + "-CJ-01/delivery", """
                { "deliveredOn": "2024-06-04", "receivedBy": "Wang Fang" }"""), 409, "ILLEGAL_STATE");
        expectProblem(postAs("desk", base + "/notices/" + id + "-CJ-09/delivery", """
                { "deliveredOn": "2024-06-04", "receivedBy": "Wang Fang" }"""), 404, "NOTICE_NOT_FOUND");

        // the right to terminate has arisen: the desk terminates the contract
        postAs("desk", base + "/termination", """
                { "decisionNo": "JC-1", "decidedOn": "%s", "reason": "price unpaid" }""".formatted(today()))
                .andExpect(status().isOk());
        expectProblem(postAs("desk", base + "/payments", """
                { "amount": 1.00, "paidOn": "2024-07-01", "receiptNo": "R-late" }"""), 409, "ILLEGAL_STATE");

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", base)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("TERMINATED")));
        getAs("desk", base)
                .andExpect(jsonPath("$.idle.status").value("FEE_IMPOSED"))
                .andExpect(jsonPath("$.idle.idleFee").value(2469135.60))
                .andExpect(jsonPath("$.notices[?(@.noticeNo == '" + id + "-CJ-01')].receivedBy").value("Wang Fang"))
                .andExpect(jsonPath("$.damages.latePayment").isNumber());
        assertThat(actors(id)).contains("brigade/BRIGADE/REST", "patrol/PATROL/REST", "desk/DESK/REST",
                "sweep/SYSTEM/SWEEP");
    }

    @Test
    void allocationExcusedByTheGovernmentIsExtended() throws Exception {
        String id = registerAllocation();
        String base = "/api/v1/parcels/" + id;
        postAs("desk", base + "/handover", """
                { "handedOverOn": "2024-04-01", "documentNo": "JD-A" }""").andExpect(status().isOk());
        expectProblem(postAs("desk", base + "/payments", """
                { "amount": 1.00, "paidOn": "2024-07-01", "receiptNo": "R-A" }"""), 409, "ILLEGAL_STATE");
        sweep(id, "2024-10-02");
        postAs("patrol", base + "/breach-findings", """
                { "milestone": "START", "cause": "GOVERNMENT", "governmentCause": "PLAN_REVISED",
                  "findings": "road plan revised" }""").andExpect(status().isOk());
        postAs("desk", base + "/extensions", """
                { "milestone": "START", "newDate": "2025-03-01", "approvalNo": "YQ-1", "approvedOn": "2024-10-20",
                  "reason": "plan revised" }""").andExpect(status().isOk());

        await().atMost(CATCH_UP).untilAsserted(() -> getAs("patrol", base)
                .andExpect(jsonPath("$.milestones.start.agreedDate").value("2025-03-01"))
                .andExpect(jsonPath("$.milestones.completion.agreedDate").value("2027-03-01")));
    }

    @Test
    void aUserWithSeveralRolesActsInTheRoleTheEndpointAllows() throws Exception {
        String id = SampleParcels.nextParcelId();
        postAs("lead", "/api/v1/parcels", SampleParcels.registrationJson(id)).andExpect(status().isCreated());
        postAs("lead", "/api/v1/parcels/" + id + "/handover", """
                { "handedOverOn": "2024-04-01" }""").andExpect(status().isOk());
        sweep(id, "2024-10-02");
        postAs("lead", "/api/v1/parcels/" + id + "/breach-findings", """
                { "milestone": "START", "cause": "LAND_USER" }""").andExpect(status().isOk());
        expectProblem(postAs("lead", "/api/v1/parcels/" + id + "/start", """
                { "startedOn": "2024-09-28" }"""), 403, "FORBIDDEN");

        assertThat(actors(id)).startsWith("lead/DESK/REST").contains("lead/BRIGADE/REST");
    }

    private void sweep(String parcelId, String asOf) {
        commands.sendAndWait(new CheckDuePoints(parcelId, LocalDate.parse(asOf)),
                AuditMetadata.sweep());
    }

    /** "actor/role/source" of each event of the parcel, in order. */
    private List<String> actors(String parcelId) {
        return jdbc.queryForList("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", byte[].class, parcelId).stream().map(bytes -> {
                    try {
                        Map<?, ?> meta = new ObjectMapper().readValue(new String(bytes, StandardCharsets.UTF_8), Map.class);
                        return meta.get("actor") + "/" + meta.get("role") + "/" + meta.get("source");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}
