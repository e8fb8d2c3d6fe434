package org.parcelwatch.api.application.sweep;

import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.support.ApplicationNodes;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node killed with SIGKILL in the middle of the daily sweep loses nothing: every notice it issued is
 * stored whole (a check commits all its events or none), and once a node is back, Quartz recovers the dead
 * node's job and the sweep completes the rest, with every notice issued exactly once.
 *
 * <p>The victim is a real separate JVM ({@code java -cp <this test's classpath> ParcelwatchApplication}), so
 * that {@link Process#destroyForcibly()} is a true {@code kill -9}. The run it is killed in is the daily run
 * it found missed when it started (all nodes were "down" at 01:30), fired once on start-up.
 */
class SweepCrashTest {

    private static final int PARCELS = 300;
    private static final int EXPECTED = PARCELS * SweepParcels.DUE_TODAY;

    @Test
    void aSweepKilledHalfWayIsCompletedByTheNextWithEveryNoticeOnce() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create()) {
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.user(),
                    database.password()));
            SweepNotices notices = new SweepNotices(jdbc);

            // a node registers the parcels and stops once the monitoring schedule shows them
            LocalDate today;
            List<String> parcels;
            try (ConfigurableApplicationContext seeder = SweepNodes.start(database, false,
                    Map.of("spring.quartz.auto-startup", "false"))) {
                today = seeder.getBean(BusinessClock.class).today();
                parcels = register(seeder.getBean(CommandGateway.class), today);
                assertThat(seeder.getBean(ClusterProjectionProgress.class)
                                 .awaitCaughtUp(ParcelLedgerProjection.GROUP, Duration.ofSeconds(60))).isTrue();
            }

            // no node was up at 01:30: the daily run is missed
            long missed = System.currentTimeMillis() - Duration.ofHours(3).toMillis();
            assertThat(jdbc.update("update qrtz_triggers set next_fire_time = ? where trigger_name = ?", missed,
                    SweepSchedule.TRIGGER.getName())).isEqualTo(1);

            // a node process starts, fires the missed run at once, and is killed a quarter of the way through
            Path log = Files.createDirectories(Path.of("target", "sweep-crash")).resolve("node-" + System.currentTimeMillis() + ".log");
            Process node = startNode(database, log);
            long issuedAtKill;
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                       .until(() -> !node.isAlive() || notices.count() >= EXPECTED / 4);
                assertThat(node.isAlive()).as("the node process is running (its log: %s)", log).isTrue();
                node.destroyForcibly();
                assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                node.destroyForcibly();
            }
            issuedAtKill = notices.count();
            assertThat(issuedAtKill).as("killed in the middle of the sweep").isBetween((long) EXPECTED / 4, EXPECTED - 1L);
            assertThat(jdbc.queryForList("select trigger_source || ' ' || outcome from sweep_run", String.class))
                    .containsExactly("SCHEDULED RUNNING");
            assertThat(notices.duplicates()).isEmpty();
            assertThat(issuedAtKill % SweepParcels.DUE_TODAY).as("each check stored all its notices or none").isZero();

            // a node comes back: Quartz recovers the dead node's job, and that sweep does the rest
            try (ConfigurableApplicationContext restarted = SweepNodes.start(database, false,
                    Map.of("parcelwatch.sweep.catch-up-timeout", "2s"))) {
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(jdbc.queryForList(
                        "select trigger_source from sweep_run where outcome = 'COMPLETED'", String.class))
                        .containsExactly("RECOVERY"));

                assertThat(notices.count()).isEqualTo(EXPECTED);
                assertThat(notices.duplicates()).isEmpty();
                notices.describedByParcel(parcels).forEach((parcel, issued) -> assertThat(issued).as(parcel)
                        .containsExactlyInAnyOrderElementsOf(SweepParcels.dueTodayNotices(today)));
                assertThat(restarted.getBean(SweepService.class).sweepNow(null).fired())
                        .as("a further sweep finds nothing left").isZero();
                assertThat(jdbc.queryForObject("select next_fire_time from qrtz_triggers where trigger_name = ?",
                        Long.class, SweepSchedule.TRIGGER.getName()))
                        .as("the missed daily run fired once; the trigger waits for the next day")
                        .isGreaterThan(System.currentTimeMillis());
            }
        }
    }

    private static List<String> register(CommandGateway commands, LocalDate today) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> registrations = new ArrayList<>();
            for (int i = 0; i < PARCELS; i++) {
                registrations.add(pool.submit(() -> {
                    String id = SweepParcels.nextId();
                    SweepParcels.registerDueToday(commands, id, today);
                    ids.add(id);
                }));
            }
            for (Future<?> registration : registrations) {
                registration.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ids;
    }

    /**
     * The application in a JVM of its own, on this test's classpath: one check at a time, so that the
     * sweep takes long enough to be cut off in the middle.
     */
    private static Process startNode(PostgresDatabase database, Path log) throws IOException {
        return ApplicationNodes.process(SweepNodes.arguments(database, false, Map.of(
                "parcelwatch.sweep.concurrency", "1",
                "parcelwatch.sweep.batch-size", "50")), log);
    }
}
