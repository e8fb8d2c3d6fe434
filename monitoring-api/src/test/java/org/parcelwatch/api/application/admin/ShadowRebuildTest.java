package org.parcelwatch.api.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.seed.SeedLoader;
import org.parcelwatch.api.support.LedgerCounts;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.RebuildableTables;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every rebuildable projection rebuilt into shadow tables at once (issue 18) after the sample county's import, folded
 * on several threads in small batches: the rebuilt tables of each equal its live ones column for column, the live
 * tables answer as they were while the rebuild runs, an event that arrives during it is in the result, and the
 * progress of each projection is visible over the API and as a metric.
 */
@PostgresTest
// a database of its own (the sample county is loaded only into an empty store); three workers, batches of 7 parcels
@TestPropertySource(properties = {"parcelwatch.test.context=shadow-rebuild", "parcelwatch.projections.rebuild.threads=3",
        "parcelwatch.projections.rebuild.parcels-per-batch=7"})
@DirtiesContext
class ShadowRebuildTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    SeedLoader seed;
    @Autowired
    ProjectionReplayCoordinator coordinator;
    @Autowired
    ShadowRebuild shadowRebuild;
    @Autowired
    List<RebuildableProjection> rebuildable;
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
    void everyRebuiltProjectionEqualsItsLiveTablesAndTheLiveOnesAnswerUntilTheSwitch() throws Exception {
        seed.loadIfNeeded();
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> live = tables("public");
        List<Map<String, Object>> liveIndexes = indexes();
        List<Map<String, Object>> liveStorage = storage();
        assertThat(liveStorage).as("a parcel's file is compressed with lz4 (V185)")
                .anyMatch(column -> "parcel_file".equals(column.get("table_name"))
                        && "state_json".equals(column.get("column_name")) && "l".equals(column.get("compression")));
        assertThat(live.get("parcel_ledger")).as("the sample county is in the ledger").hasSizeGreaterThan(10);
        assertThat(shadowRebuild.workers()).as("folded on several threads").isEqualTo(3);
        assertThat(rebuildable).extracting(RebuildableProjection::group).contains(ParcelLedgerProjection.GROUP)
                .allMatch(shadowRebuild::handles);

        long head = shadowRebuild.head();
        Map<String, ReplayProgress.Run> runs = new LinkedHashMap<>();
        rebuildable.forEach(projection -> runs.put(projection.group(), progress.start(projection.group(), head)));
        try {
            buildCatchUpAndSwitch(runs, head, live, liveIndexes, liveStorage);
        } finally {
            runs.values().forEach(ReplayProgress.Run::finish);
        }
    }

    private void buildCatchUpAndSwitch(Map<String, ReplayProgress.Run> runs, long head,
                                       Map<String, List<Map<String, Object>>> live, List<Map<String, Object>> liveIndexes,
                                       List<Map<String, Object>> liveStorage) {
        int liveParcels = live.get("parcel_ledger").size();
        // built beside the live tables, which answer meanwhile; an event stored during the build is past its head
        CompletableFuture<ShadowRebuild.Building> built = CompletableFuture.supplyAsync(() -> shadowRebuild.build(runs, head));
        List<Integer> readsDuring = new ArrayList<>();
        String late = SampleParcels.nextParcelId();
        do {
            readsDuring.add(jdbc.queryForObject("select count(*) from parcel_ledger", Integer.class));
            if (readsDuring.size() == 1) {
                commands.sendAndWait(SampleParcels.registerInHistory(late));
            }
        } while (!built.isDone());
        assertThat(readsDuring).allMatch(parcels -> parcels == liveParcels || parcels == liveParcels + 1);
        ShadowRebuild.Building building = built.join();
        // the shadows were written with the live tables' fillfactor and compression, not the server's defaults
        assertThat(new RebuildableTables(jdbc, rebuildable).shadowStorage()).isEqualTo(liveStorage);

        // the late event reaches the live tables, then the shadows': then each shadow equals its live tables
        awaitCaughtUp();
        building.catchUp(runs);
        assertThat(jdbc.queryForObject("select count(*) from rebuild_parcel_ledger.parcel_ledger where parcel_id = ?",
                Integer.class, late)).isEqualTo(1);
        Map<String, List<Map<String, Object>>> liveNow = tables("public");
        assertThat(shadowTables()).isEqualTo(liveNow);

        // the switch, with the processors stopped, moves their tokens to where the shadows end
        SwitchWithProcessorsStopped.finish(building, runs, axon, tokenStore);
        awaitCaughtUp();
        assertThat(tables("public")).isEqualTo(liveNow);
        assertThat(liveNow.get("parcel_ledger")).hasSize(liveParcels + 1);
        assertThat(jdbc.queryForList("select nspname from pg_namespace where nspname like 'rebuild_%'")).isEmpty();
        // the indexes came along: the same names on the same columns
        assertThat(indexes()).isEqualTo(liveIndexes);
        assertThat(storage()).isEqualTo(liveStorage);

        // and the live processors go on from there
        String after = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(after));
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("select count(*) from parcel_ledger where parcel_id = ?",
                Integer.class, after) == 1);
        LedgerCounts.assertKeptTotalsMatchTheRows(jdbc);
    }

    @Test
    void aRebuildOfAllThroughTheAdminEndpointGivesTheSameRowsAndShowsEachOnesProgress() throws Exception {
        seed.loadIfNeeded();
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> live = tables("public");
        List<Map<String, Object>> liveIndexes = indexes();

        mvc.perform(post("/api/v1/admin/projections/replay").with(httpBasic("admin", "admin")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.length()").value(ProjectionProcessing.GROUPS.size()));
        await().atMost(PATIENCE).until(() -> coordinator.all().stream().allMatch(p -> "RESET".equals(p.replayState())
                && p.rebuild() != null && p.rebuild().finishedAt() != null));
        coordinator.all().forEach(p -> assertThat(p.rebuild().failure()).as(p.projection()).isNull());
        awaitCaughtUp();

        assertThat(tables("public")).isEqualTo(live);
        assertThat(indexes()).isEqualTo(liveIndexes);

        for (RebuildableProjection projection : rebuildable) {
            String group = projection.group();
            ReplayProgress.Figures figures = coordinator.progress(group).rebuild();
            assertThat(figures.eventsDone()).as(group).isEqualTo(figures.eventsTotal()).isPositive();
            assertThat(figures.eventsPerSecond()).isPositive();
            assertThat(figures.etaSeconds()).isZero();
            mvc.perform(get("/api/v1/admin/projections/" + group + "/replay").with(httpBasic("admin", "admin")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.replayState").value("RESET"))
                    .andExpect(jsonPath("$.rebuild.eventsDone").value(figures.eventsDone()))
                    .andExpect(jsonPath("$.rebuild.eventsPerSecond").isNumber())
                    .andExpect(jsonPath("$.rebuild.etaSeconds").value(0));
            assertThat(meters.get("parcelwatch.projection.replay.progress").tag("projection", group).tag("figure", "events_done")
                    .gauge().value()).isEqualTo((double) figures.eventsDone());
        }
    }

    private Map<String, List<Map<String, Object>>> tables(String schema) {
        return new RebuildableTables(jdbc, rebuildable).in(schema);
    }

    private Map<String, List<Map<String, Object>>> shadowTables() {
        return new RebuildableTables(jdbc, rebuildable).shadows();
    }

    private List<Map<String, Object>> indexes() {
        return new RebuildableTables(jdbc, rebuildable).indexes();
    }

    private List<Map<String, Object>> storage() {
        return new RebuildableTables(jdbc, rebuildable).storage("public");
    }

    private void awaitCaughtUp() {
        ProjectionsCaughtUp.await(coordinator);
    }
}
