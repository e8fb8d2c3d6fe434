package org.parcelwatch.api.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.ParcelwatchApplication;
import org.parcelwatch.api.application.admin.ProjectionReplayCoordinator;
import org.parcelwatch.api.support.LedgerCounts;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.projections.ProjectionAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A projection rebuilt on a running two-node cluster: the other node lets go of its segments while
 * the tokens are reset, both nodes process again afterwards, and the rebuilt rows equal the old ones.
 */
@PostgresTest
@DirtiesContext
@TestPropertySource(properties = "parcelwatch.projections.max-claimed-segments=2")
class ProjectionReplayTwoNodesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @Autowired
    CommandGateway commands;
    @Autowired
    ProjectionReplayCoordinator coordinator;
    @Autowired
    ProjectionAdmin projections;
    @Autowired
    PostgresDatabase database;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplayOnOneNodeRebuildsTheProjectionWhileTheOtherKeepsRunning() {
        String first = SampleParcels.nextParcelId();
        String second = SampleParcels.nextParcelId();
        try (ConfigurableApplicationContext otherNode = startOtherNode()) {
            for (String id : List.of(first, second)) {
                commands.sendAndWait(SampleParcels.registerInHistory(id));
                commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-06-01")));
            }
            awaitCaughtUp(coordinator);
            // both nodes share the ledger's segments
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(owners("parcel-ledger"))
                    .as("token owners: %s", jdbc.queryForList("select processor_name, segment, owner from token_entry"))
                    .isEqualTo(2));
            Map<String, Object> before = ledgerRows(first, second);

            ProjectionReplayCoordinator.Progress started = coordinator.replay("parcel-ledger", "admin");
            assertThat(started.projection()).isEqualTo("parcel-ledger");
            // on PostgreSQL the ledger is built into shadow tables and switched in: the request returns at once
            await().atMost(PATIENCE).until(() -> "RESET".equals(coordinator.progress("parcel-ledger").replayState()));
            assertThat(coordinator.progress("parcel-ledger").rebuild().failure()).isNull();

            awaitCaughtUp(coordinator);
            awaitCaughtUp(otherNode.getBean(ProjectionReplayCoordinator.class));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(ledgerRows(first, second)).isEqualTo(before));
            assertThat(jdbc.queryForObject("select state from projection_replay where projection = 'parcel-ledger'",
                    String.class)).isEqualTo("RESET");
            // the other node took part again after the reset
            await().atMost(PATIENCE).until(() -> otherNode.getBean(ProjectionAdmin.class).progress("parcel-ledger").running());
            assertThat(coordinator.progress("parcel-ledger").caughtUp()).isTrue();
            assertThat(coordinator.progress("parcel-ledger").segments()).isEqualTo(4);

            // and new events still reach the rebuilt projection
            String third = SampleParcels.nextParcelId();
            commands.sendAndWait(SampleParcels.registerInHistory(third));
            await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                    "select count(*) from parcel_ledger where parcel_id = ?", Integer.class, third) == 1);
            // the totals were rebuilt with the rows, by both nodes' segments at once
            LedgerCounts.assertKeptTotalsMatchTheRows(jdbc);
        }
    }

    private int owners(String projection) {
        Integer owners = jdbc.queryForObject("select count(distinct owner) from token_entry where processor_name = ?"
                + " and owner is not null", Integer.class, projection);
        return owners == null ? 0 : owners;
    }

    private Map<String, Object> ledgerRows(String... ids) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String id : ids) {
            rows.put(id, jdbc.queryForList("select parcel_id, stage, paid, outstanding, next_due_on, updated_at"
                    + " from parcel_ledger where parcel_id = ?", id));
            rows.put(id + " flags", jdbc.queryForList("select flag from parcel_flag where parcel_id = ? order by flag",
                    String.class, id));
            rows.put(id + " schedule", jdbc.queryForList("select rule, subject, fires_on, status, done_on from"
                    + " monitoring_schedule where parcel_id = ? order by rule, subject, fires_on", id));
        }
        return rows;
    }

    /** Caught up across the cluster: this node's segments and those the other node holds. */
    private static void awaitCaughtUp(ProjectionReplayCoordinator admin) {
        ProjectionsCaughtUp.await(admin);
    }

    private ConfigurableApplicationContext startOtherNode() {
        Map<String, String> settings = new LinkedHashMap<>(database.springProperties());
        // each node takes two of the four segments, so both hold a share when the replay starts
        settings.put("parcelwatch.projections.max-claimed-segments", "2");
        settings.put("parcelwatch.node-id", "other-node");
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(ParcelwatchApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                .run(args);
    }
}
