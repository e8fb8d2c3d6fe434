package org.parcelwatch.api.application.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.support.PostgresDatabase;
import org.quartz.CronExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one PostgreSQL database, sharing the clustered Quartz store: when the daily
 * trigger comes due, the sweep runs on exactly one of them, once; every notice is issued once; and both
 * nodes keep serving requests (and a manual sweep on either finds nothing left to do).
 */
class SweepClusterTest {

    private static final int PARCELS = 20;
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void aDailyRunThatComesDueExecutesOnceAcrossTwoNodes() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create();
             ConfigurableApplicationContext one = SweepNodes.start(database, true, Map.of());
             ConfigurableApplicationContext two = SweepNodes.start(database, true, Map.of())) {
            JdbcTemplate jdbc = one.getBean(JdbcTemplate.class);
            LocalDate today = one.getBean(BusinessClock.class).today();
            List<String> parcels = new ArrayList<>();
            for (int i = 0; i < PARCELS; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? one : two;
                String id = SweepParcels.nextId();
                SweepParcels.registerDueToday(node.getBean(CommandGateway.class), id, today);
                parcels.add(id);
            }
            assertThat(jdbc.queryForObject("select count(*) from qrtz_scheduler_state", Integer.class))
                    .as("both nodes joined the Quartz cluster").isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from qrtz_triggers", Integer.class))
                    .as("the daily trigger, registered once").isEqualTo(1);

            // the trigger's time arrives: it is due now
            long now = System.currentTimeMillis();
            assertThat(jdbc.update("update qrtz_triggers set next_fire_time = ? where trigger_name = ?", now,
                    SweepSchedule.TRIGGER.getName())).isEqualTo(1);

            await().atMost(WITHIN).untilAsserted(() -> assertThat(jdbc.queryForList(
                    "select outcome from sweep_run", String.class)).containsExactly("COMPLETED"));
            Map<String, Object> run = jdbc.queryForMap("select * from sweep_run");
            assertThat(run.get("trigger_source")).isEqualTo("SCHEDULED");
            assertThat(run.get("parcels_checked")).isEqualTo(PARCELS);
            assertThat(run.get("fired")).isEqualTo(PARCELS * SweepParcels.DUE_TODAY);
            assertThat(scheduledRuns(one) + scheduledRuns(two)).as("sweep timings over both nodes").isEqualTo(1);
            // the trigger has moved on to its next day: nothing else is due
            CronExpression daily = new CronExpression(SweepNodes.CRON);
            daily.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
            Map<String, Object> trigger = jdbc.queryForMap("select next_fire_time, trigger_state from qrtz_triggers");
            assertThat(trigger.get("next_fire_time")).isEqualTo(daily.getNextValidTimeAfter(new Date(now)).getTime());
            // BLOCKED until the job has returned (it seals the audit root after recording the run): wait for that
            await().atMost(WITHIN).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select trigger_state from qrtz_triggers", String.class)).isEqualTo("WAITING"));

            SweepNotices notices = new SweepNotices(jdbc);
            notices.describedByParcel(parcels).forEach((parcel, issued) -> assertThat(issued).as(parcel)
                    .containsExactlyInAnyOrderElementsOf(SweepParcels.dueTodayNotices(today)));
            assertThat(notices.of(parcels)).allSatisfy(n -> assertThat(n.source()).isEqualTo("SWEEP"));
            assertThat(notices.duplicates()).isEmpty();

            for (ConfigurableApplicationContext node : List.of(one, two)) {
                assertThat(SweepNodes.call(node, "GET", "/actuator/health", null, null).status()).isEqualTo(200);
                SweepNodes.Answer parcel = SweepNodes.call(node, "GET", "/api/v1/parcels/" + parcels.get(0), "desk", null);
                assertThat(parcel.status()).as(parcel.body()).isEqualTo(200);
                assertThat(parcel.body()).contains(parcels.get(0));
                SweepNodes.Answer clock = SweepNodes.call(node, "GET", "/api/v1/admin/clock", "admin", null);
                assertThat(clock.status()).isEqualTo(200);
                assertThat(clock.body()).contains("\"adjustable\":false", "\"today\":\"" + today + "\"");
                SweepNodes.Answer move = SweepNodes.call(node, "PUT", "/api/v1/admin/clock", "admin",
                        "{\"today\":\"" + today.plusDays(1) + "\"}");
                assertThat(move.status()).as("no adjustable clock on the postgres profile").isEqualTo(404);
                assertThat(move.body()).contains("\"code\":\"CLOCK_NOT_ADJUSTABLE\"");
                SweepNodes.Answer again = SweepNodes.call(node, "POST", "/api/v1/admin/sweeps", "admin", null);
                assertThat(again.status()).as(again.body()).isEqualTo(200);
                assertThat(again.body()).contains("\"outcome\":\"COMPLETED\"", "\"fired\":0");
            }
            assertThat(notices.count()).isEqualTo((long) PARCELS * SweepParcels.DUE_TODAY);
        }
    }

    private static long scheduledRuns(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).find("parcelwatch.sweep.duration").tag("trigger", "SCHEDULED")
                   .timers().stream().mapToLong(timer -> timer.count()).sum();
    }
}
