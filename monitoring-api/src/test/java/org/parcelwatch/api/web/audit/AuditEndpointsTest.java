package org.parcelwatch.api.web.audit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.projections.ProjectionProcessing;

/** The auditor's and the admin's endpoints over HTTP, on the embedded default. */
class AuditEndpointsTest extends ApiTestSupport {

    @Test
    void historyIsPagedAndExportsAsCsvAndJson() throws Exception {
        String id = registerSample();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CheckDuePoints(id, LocalDate.parse("2024-06-01")))
                .andMetaData(AuditMetadata.sweep()));

        // two installments overdue with their urge notices, and the handover overdue (the land was due on 2024-04-01)
        mvc.perform(get("/api/v1/parcels/{id}/history?size=2", id).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalEvents").value(6))
                .andExpect(jsonPath("$.events", hasSize(2)))
                .andExpect(jsonPath("$.events[0].type").value("ParcelRegistered"))
                .andExpect(jsonPath("$.events[0].actor").value("desk"))
                .andExpect(jsonPath("$.events[0].source").value("REST"))
                .andExpect(jsonPath("$.events[1].source").value("SWEEP"))
                .andExpect(jsonPath("$.events[1].hash").isString());
        mvc.perform(get("/api/v1/parcels/{id}/history?page=2&size=2", id).with(as("admin")))
                .andExpect(jsonPath("$.events", hasSize(2)))
                .andExpect(jsonPath("$.events[0].sequence").value(4))
                .andExpect(jsonPath("$.events[1].type").value("HandoverOverdue"));
        mvc.perform(get("/api/v1/parcels/{id}/history?format=csv", id).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(startsWith("\uFEFFsequence,type,recordedAt,actor,role,source")))
                .andExpect(content().string(containsString("\"NoticeIssued\"")));
        mvc.perform(get("/api/v1/parcels/{id}/history?format=json", id).with(as("auditor")))
                .andExpect(jsonPath("$", hasSize(6)));
        mvc.perform(get("/api/v1/parcels/{id}/history", id).with(as("desk"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/parcels/{id}/history?size=0", id).with(as("auditor")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(get("/api/v1/parcels/1305302099B99999/history").with(as("auditor")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("PARCEL_NOT_FOUND"));
    }

    @Test
    void stateAsOfADateOrSequence() throws Exception {
        String id = registerSample();
        commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-06-01")));
        mvc.perform(get("/api/v1/parcels/{id}/state?asOfSequence=0", id).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastSequence").value(0))
                .andExpect(jsonPath("$.parcel.stage").value("REGISTERED"))
                .andExpect(jsonPath("$.parcel.flags", hasSize(0)));
        mvc.perform(get("/api/v1/parcels/{id}/state?asOf=" + today(), id).with(as("auditor")))
                .andExpect(jsonPath("$.lastSequence").value(5))
                .andExpect(jsonPath("$.parcel.flags[0]").value("PAYMENT_OVERDUE"))
                .andExpect(jsonPath("$.parcel.flags[1]").value("HANDOVER_OVERDUE"))
                .andExpect(jsonPath("$.parcel.notices", hasSize(2)));
        mvc.perform(get("/api/v1/parcels/{id}/state?asOf=2001-01-01", id).with(as("auditor")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parcels/{id}/state?asOf=soon", id).with(as("auditor")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        mvc.perform(get("/api/v1/parcels/{id}/state?asOf=2025-01-01&asOfSequence=1", id).with(as("auditor")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void integrityAndComplianceAnswer() throws Exception {
        String id = registerSample();
        mvc.perform(get("/api/v1/audit/integrity?parcelId={id}", id).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.eventsChecked").value(1));
        mvc.perform(get("/api/v1/audit/integrity").with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parcelsChecked").isNumber());
        mvc.perform(get("/api/v1/audit/compliance?from=2024-01-01&to=2024-12-31").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.PAYMENT_URGE").exists())
                .andExpect(jsonPath("$.rows[?(@.parcelId == '" + id + "' && @.duty == 'PAYMENT_URGE')]").exists());
        mvc.perform(get("/api/v1/audit/compliance?from=2024-12-31&to=2024-01-01").with(as("auditor")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit/compliance?from=2024-01-01").with(as("auditor")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit/integrity").with(as("patrol"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdminRebuildsAProjectionAndWatchesItsProgress() throws Exception {
        String id = registerSample();
        // the ledger is a tracking processor: let it see the registration before the notices are rebuilt
        awaitProjections();
        mvc.perform(post("/api/v1/admin/projections/notices/replay").with(as("admin")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.projection").value("notices"));
        await().atMost(CATCH_UP).until(() -> projections.progress("notices").caughtUp());
        mvc.perform(get("/api/v1/admin/projections/notices/replay").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caughtUp").value(true))
                .andExpect(jsonPath("$.replayState").value("RESET"));
        mvc.perform(get("/api/v1/admin/projections").with(as("admin")))
                .andExpect(jsonPath("$", hasSize(ProjectionProcessing.GROUPS.size())));
        mvc.perform(post("/api/v1/admin/projections/nonsense/replay").with(as("admin")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("PROJECTION_NOT_FOUND"));
        mvc.perform(post("/api/v1/admin/projections/notices/replay").with(as("auditor")))
                .andExpect(status().isForbidden());
        // the parcel registered before the rebuild is still known to the ledger
        mvc.perform(get("/api/v1/parcels/{id}", id).with(as("desk"))).andExpect(status().isOk());
    }
}
