package org.parcelwatch.api.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.admin.ProjectionReplayCoordinator;
import org.parcelwatch.api.store.axon.NodeName;
import org.parcelwatch.api.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One node of the cluster runs a projection's rebuild: while another node's claim on it is alive (it beats), a request
 * here is refused with 409 REPLAY_RUNNING and writes nothing, a request for all projections too (all or none); a claim
 * whose node stopped beating is taken over.
 */
class RebuildClaimTest extends ApiTestSupport {

    private static final String PROJECTION = "breach-register";

    @Autowired
    ProjectionReplayCoordinator coordinator;
    @Autowired
    NodeName node;

    @Test
    void aRebuildClaimedByALiveNodeIsRefusedHereAndADeadNodesClaimIsTakenOver() throws Exception {
        awaitProjections();
        claimElsewhere(Instant.now());
        List<Map<String, Object>> before = replayRows();

        mvc.perform(post("/api/v1/admin/projections/{p}/replay", PROJECTION).with(as("admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REPLAY_RUNNING"));
        mvc.perform(post("/api/v1/admin/projections/replay").with(as("admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REPLAY_RUNNING"));
        assertThat(replayRows()).as("a refused request claims nothing, for no projection").isEqualTo(before);

        // the other node died three minutes ago (parcelwatch.projections.replay-stale-after: 2 minutes)
        claimElsewhere(Instant.now().minus(3, ChronoUnit.MINUTES));
        mvc.perform(post("/api/v1/admin/projections/{p}/replay", PROJECTION).with(as("admin")))
                .andExpect(status().isAccepted());
        Map<String, Object> taken = row();
        assertThat(taken.get("node")).isEqualTo(node.value());
        assertThat(((Number) taken.get("generation")).longValue()).isEqualTo(generationBefore(before) + 1);
        await().atMost(CATCH_UP).until(() -> "RESET".equals(row().get("state")));
        assertThat(coordinator.progress(PROJECTION).rebuild().failure()).isNull();
        await().atMost(CATCH_UP).until(() -> projections.progress(PROJECTION).caughtUp());

        // once reset, the projection may be rebuilt again, here or anywhere
        mvc.perform(post("/api/v1/admin/projections/{p}/replay", PROJECTION).with(as("admin")))
                .andExpect(status().isAccepted());
        await().atMost(CATCH_UP).until(() -> "RESET".equals(row().get("state")));
    }

    private void claimElsewhere(Instant heartbeat) {
        if (jdbc.update("update projection_replay set state = 'BUILDING', node = 'other-node', heartbeat_at = ?"
                + " where projection = ?", Timestamp.from(heartbeat), PROJECTION) == 0) {
            jdbc.update("insert into projection_replay (projection, generation, state, node, heartbeat_at)"
                    + " values (?, 1, 'BUILDING', 'other-node', ?)", PROJECTION, Timestamp.from(heartbeat));
        }
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select generation, state, node from projection_replay where projection = ?", PROJECTION);
    }

    private List<Map<String, Object>> replayRows() {
        return jdbc.queryForList("select projection, generation, state, node, heartbeat_at, requested_at"
                + " from projection_replay order by projection");
    }

    private static long generationBefore(List<Map<String, Object>> rows) {
        return rows.stream().filter(r -> PROJECTION.equals(r.get("projection")))
                .map(r -> ((Number) r.get("generation")).longValue()).findFirst().orElseThrow();
    }
}
