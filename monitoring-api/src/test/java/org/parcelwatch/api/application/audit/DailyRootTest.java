package org.parcelwatch.api.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.sweep.SweepSchedule;
import org.parcelwatch.api.store.audit.AuditRoots;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What a parcel's own checkpoint cannot see, the daily root does: a stream deleted together with its checkpoint, and
 * a stream cut short whose checkpoint was put back to an older (genuinely signed) head. The root is sealed by the
 * daily sweep job, over what the store held before yesterday ended.
 */
@PostgresTest
@DirtiesContext
@TestPropertySource(properties = "parcelwatch.test.database=daily-root")
class DailyRootTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    IntegrityCheck integrity;
    @Autowired
    AuditRoots roots;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theDailyRootCatchesAStreamDeletedWithItsCheckpointAndACheckpointPutBack() throws Exception {
        String deleted = SampleParcels.nextParcelId();
        String cut = SampleParcels.nextParcelId();
        Map<String, Object> cutsFirstCheckpoint;
        Clock eventClock = GenericEventMessage.clock;
        try {
            // recorded the day before yesterday
            GenericEventMessage.clock = Clock.offset(clock, Duration.ofDays(-2));
            commands.sendAndWait(SampleParcels.registerInHistory(deleted));
            commands.sendAndWait(new CheckDuePoints(deleted, LocalDate.parse("2024-06-01")));
            commands.sendAndWait(SampleParcels.registerInHistory(cut));
            cutsFirstCheckpoint = jdbc.queryForMap("select * from audit_checkpoint where parcel_id = ?", cut);
            commands.sendAndWait(new RecordPayment(cut, new BigDecimal("6172839.00"), LocalDate.parse("2024-02-25"), "R-1"));
            commands.sendAndWait(new CheckDuePoints(cut, LocalDate.parse("2024-06-01")));
        } finally {
            GenericEventMessage.clock = eventClock;
        }

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        scheduler.triggerJob(SweepSchedule.JOB);
        await().atMost(Duration.ofSeconds(60)).until(() -> roots.find(yesterday).isPresent());
        AuditRoots.Root root = roots.find(yesterday).orElseThrow();
        assertThat(root.parcels()).isEqualTo(2);
        assertThat(root.events()).isEqualTo(count(deleted) + count(cut) - eventsOfToday());
        IntegrityCheck.Report before = integrity.all();
        assertThat(before.intact()).as(before.toString()).isTrue();
        assertThat(before.rootsChecked()).isEqualTo(1);

        // the whole stream and its checkpoint; the other cut back to its registration, with that day's signed head
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", deleted);
        jdbc.update("delete from audit_checkpoint where parcel_id = ?", deleted);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number > 0", cut);
        jdbc.update("update audit_checkpoint set head_sequence = ?, head_hash = ?, head_key_id = ?, head_seal = ? where parcel_id = ?",
                cutsFirstCheckpoint.get("head_sequence"), cutsFirstCheckpoint.get("head_hash"),
                cutsFirstCheckpoint.get("head_key_id"), cutsFirstCheckpoint.get("head_seal"), cut);

        assertThat(integrity.parcel(cut).intact()).as("the parcel's own checkpoint is fooled by the older head").isTrue();
        IntegrityCheck.Report after = integrity.all();
        assertThat(after.intact()).isFalse();
        assertThat(after.brokenLinks()).as("nothing left of either parcel names itself").isEmpty();
        assertThat(after.brokenRoots()).singleElement().satisfies(broken -> {
            assertThat(broken.day()).isEqualTo(yesterday);
            assertThat(broken.code()).isEqualTo(IntegrityCheck.Problem.ROOT_MISMATCH);
            assertThat(broken.reason()).contains("counted 2 parcels").contains("now holds 1");
        });
    }

    private long count(String parcelId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, parcelId);
    }

    /** Events the job's own sweep recorded today, after the root's cut. */
    private long eventsOfToday() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where time_stamp >= ?", Long.class,
                org.parcelwatch.monitoring.audit.AuditSeal.storedTimestamp(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant()));
    }
}
