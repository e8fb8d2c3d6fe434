package org.parcelwatch.api.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.seed.SeedLoader;
import org.parcelwatch.api.support.LedgerCounts;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.ledger.LedgerRebuild;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The parcel ledger rebuilt into shadow tables (issue 18) after the sample county's import: the rebuilt tables equal
 * the live ones column for column, the live tables answer as they were until the switch, events that arrive during
 * the rebuild are in the result, and the progress is visible over the API and as a metric.
 */
@PostgresTest
// a database of its own: the sample county is loaded only into an empty store
@TestPropertySource(properties = "parcelwatch.test.context=shadow-rebuild")
@DirtiesContext
class ShadowRebuildTest {

    private static final String LEDGER = ParcelLedgerProjection.GROUP;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    SeedLoader seed;
    @Autowired
    ProjectionReplayCoordinator coordinator;
    @Autowired
    ShadowRebuild shadowRebuild;
    @Autowired
    ReplayProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Configuration axon;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;

    @Test
    void theRebuiltLedgerEqualsTheLiveOneAndTheLiveOneAnswersUntilTheSwitch() throws Exception {
        seed.loadIfNeeded();
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> live = tables("public");
        List<Map<String, Object>> liveIndexes = indexes();
        assertThat(live.get("parcel_ledger")).as("the sample county is in the ledger").hasSizeGreaterThan(10);

        // built beside the live tables: those answer as they were, the shadow holds the same rows
        ReplayProgress.Run run = progress.start(LEDGER, shadowRebuild.head());
        try {
            buildCatchUpAndSwitch(run, live, liveIndexes);
        } finally {
            run.finish();
        }
    }

    private void buildCatchUpAndSwitch(ReplayProgress.Run run, Map<String, List<Map<String, Object>>> live,
                                       List<Map<String, Object>> liveIndexes) {
        ShadowRebuild.Building building = shadowRebuild.build(LEDGER, run.total(), run);
        assertThat(tables("public")).isEqualTo(live);
        assertThat(tables("rebuild_parcel_ledger")).isEqualTo(live);

        // an event after the rebuild's head reaches the live tables, then the shadow's
        String late = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(late));
        awaitCaughtUp();
        building.catchUp(run);
        assertThat(jdbc.queryForObject("select count(*) from rebuild_parcel_ledger.parcel_ledger where parcel_id = ?",
                Integer.class, late)).isEqualTo(1);

        // the switch, with the processor stopped, moves its tokens to where the shadow ends
        var processor = ProjectionProcessing.processor(axon, LEDGER);
        processor.shutDown();
        building.finish(run, token -> {
            for (int segment : tokenStore.fetchSegments(LEDGER)) {
                tokenStore.fetchToken(LEDGER, segment);
                tokenStore.storeToken(token, LEDGER, segment);
                tokenStore.releaseClaim(LEDGER, segment);
            }
        });
        processor.start();
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> switched = tables("public");
        assertThat(switched.get("parcel_ledger")).hasSize(live.get("parcel_ledger").size() + 1);
        assertThat(jdbc.queryForList("select nspname from pg_namespace where nspname like 'rebuild_%'")).isEmpty();
        // the indexes came along: the same names on the same columns
        assertThat(indexes()).isEqualTo(liveIndexes);

        // and the live processor goes on from there
        String after = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(after));
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("select count(*) from parcel_ledger where parcel_id = ?",
                Integer.class, after) == 1);
        LedgerCounts.assertKeptTotalsMatchTheRows(jdbc);
    }

    @Test
    void aRebuildThroughTheAdminServiceGivesTheSameRowsAndShowsItsProgress() throws Exception {
        seed.loadIfNeeded();
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> live = tables("public");
        List<Map<String, Object>> liveIndexes = indexes();

        coordinator.replay(LEDGER, "admin");
        await().atMost(PATIENCE).until(() -> "RESET".equals(coordinator.progress(LEDGER).replayState())
                && coordinator.progress(LEDGER).rebuild().finishedAt() != null);
        assertThat(coordinator.progress(LEDGER).rebuild().failure()).isNull();
        awaitCaughtUp();

        assertThat(tables("public")).isEqualTo(live);
        assertThat(indexes()).isEqualTo(liveIndexes);

        ReplayProgress.Figures figures = coordinator.progress(LEDGER).rebuild();
        assertThat(figures.eventsDone()).isEqualTo(figures.eventsTotal()).isPositive();
        assertThat(figures.eventsPerSecond()).isPositive();
        assertThat(figures.etaSeconds()).isZero();
        mvc.perform(get("/api/v1/admin/projections/" + LEDGER + "/replay").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replayState").value("RESET"))
                .andExpect(jsonPath("$.rebuild.eventsDone").value(figures.eventsDone()))
                .andExpect(jsonPath("$.rebuild.eventsPerSecond").isNumber())
                .andExpect(jsonPath("$.rebuild.etaSeconds").value(0));
        assertThat(meters.get("parcelwatch.projection.replay.progress").tag("projection", LEDGER).tag("figure", "events_done")
                .gauge().value()).isEqualTo((double) figures.eventsDone());
    }

    /** Every row of the ledger group's tables in {@code schema}, column for column, in one order. */
    private Map<String, List<Map<String, Object>>> tables(String schema) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : LedgerRebuild.TABLES) {
            Integer columns = jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ?"
                    + " and table_name = ?", Integer.class, schema, table);
            StringBuilder order = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                order.append(i == 1 ? "" : ", ").append(i);
            }
            // a township and stage emptied by a batch keeps its row at 0 in the live table; the count is the same
            String where = table.equals("ledger_count") ? " where parcels <> 0" : "";
            tables.put(table, jdbc.queryForList("select * from " + schema + "." + table + where + " order by " + order));
        }
        return tables;
    }

    private List<Map<String, Object>> indexes() {
        return jdbc.queryForList("select tablename, indexname, regexp_replace(indexdef, ' ON [a-z_]+\\.', ' ON ') as def"
                + " from pg_indexes where schemaname = 'public' and tablename in ('" + String.join("', '", LedgerRebuild.TABLES)
                + "') order by tablename, indexname");
    }

    private void awaitCaughtUp() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(coordinator.progress(LEDGER).caughtUp()).isTrue());
    }
}
