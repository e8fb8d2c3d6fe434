package org.parcelwatch.api.application.audit;

import org.parcelwatch.api.application.audit.AuditProblem;
import org.parcelwatch.api.application.audit.ComplianceReport;
import org.parcelwatch.api.application.audit.HistoryEntry;
import org.parcelwatch.api.application.audit.IntegrityCheck;
import org.parcelwatch.api.application.audit.ParcelHistory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.EventHash;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.payment.TerminateContract;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditor's questions on PostgreSQL: what happened (history), what did the parcel look like then
 * (as-of state equals what the desk saw at that time), was the store tampered with (hash chain), and
 * was every duty done in time (compliance).
 */
@PostgresTest
class AuditTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CommandGateway commands;
    @Autowired
    ParcelHistory history;
    @Autowired
    ParcelAsOf states;
    @Autowired
    IntegrityCheck integrity;
    @Autowired
    ComplianceReport compliance;
    @Autowired
    ParcelQueries parcels;
    @Autowired
    ClusterProjectionProgress cluster;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    private Clock otherContextsEventClock;

    @Test
    void historyListsEveryEventWithActorSourceAndAnUnbrokenChain() {
        String id = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(id)
                .andMetaData(AuditMetadata.of("desk", "DESK", AuditMetadata.Source.REST)));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CheckDuePoints(id, LocalDate.parse("2024-06-01")))
                .andMetaData(AuditMetadata.sweep()));

        List<HistoryEntry> entries = history.readAll(id).stream().map(HistoryEntry::of).toList();
        // the land was due on 2024-04-01 and is not handed over: the sweep records that too (issue 13)
        assertThat(entries).extracting(HistoryEntry::type).containsExactly("ParcelRegistered",
                "InstallmentOverdue", "NoticeIssued", "InstallmentOverdue", "NoticeIssued", "HandoverOverdue");
        assertThat(entries).extracting(HistoryEntry::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(entries.get(0).actor()).isEqualTo("desk");
        assertThat(entries.get(0).role()).isEqualTo("DESK");
        assertThat(entries.get(0).source()).isEqualTo("REST");
        assertThat(entries.get(1).source()).isEqualTo("SWEEP");
        assertThat(entries.get(1).correlationId()).isNotBlank();
        assertThat(entries.get(2).payload().get("noticeNo").asText()).isEqualTo(id + "-CJ-01");
        assertThat(entries.get(0).previousHash()).isEqualTo(EventHash.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
        }
        assertThat(integrity.parcel(id).intact()).isTrue();
    }

    /**
     * Axon stamps events with one JVM-wide clock, which the last application context started in this JVM set to
     * its own business clock (another test's may stand on another day). This context's clock stamps the events
     * here, and the desk's instants are read from it too.
     */
    @BeforeEach
    void eventsStampedByThisContextsClock() {
        otherContextsEventClock = GenericEventMessage.clock;
        GenericEventMessage.clock = clock;
    }

    @AfterEach
    void eventClockGivenBack() {
        GenericEventMessage.clock = otherContextsEventClock;
    }

    @Test
    void theStateAsOfAnInstantIsWhatTheDeskSawThen() {
        String id = SampleParcels.nextParcelId();
        LocalDate today = LocalDate.now(clock);
        Map<Instant, ParcelDetail> seen = new LinkedHashMap<>();
        List<Runnable> steps = List.of(
                () -> commands.sendAndWait(SampleParcels.registerInHistory(id)),
                () -> commands.sendAndWait(new RecordPayment(id, new BigDecimal("6172839.00"), LocalDate.parse("2024-02-25"), "R1")),
                () -> commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-05-15"))),
                () -> commands.sendAndWait(new RecordHandover(id, LocalDate.parse("2024-04-20"), "JD-1")));
        for (Runnable step : steps) {
            step.run();
            awaitLedger();
            ParcelDetail shown = parcels.detail(id, today).orElseThrow();
            seen.put(aMillisecondThatHasEnded(), shown);
        }
        List<Long> sequences = new ArrayList<>();
        seen.forEach((instant, shown) -> {
            ParcelAsOf.AsOfState then = states.asOf(id, instant.toString(), null);
            assertThat(then.parcel()).as("state as of %s", instant).isEqualTo(shown);
            sequences.add(then.lastSequence());
        });
        // the sweep of 2024-05-15 recorded the overdue installment, its urge notice and the handover overdue
        assertThat(sequences).containsExactly(0L, 1L, 4L, 5L);
        assertThat(states.asOf(id, null, 1L).parcel().paid()).isEqualByComparingTo("6172839.00");
        assertThat(states.asOf(id, null, 1L).parcel().flags()).isEmpty();
        assertThat(states.asOf(id, null, 3L).parcel().flags()).hasToString("[PAYMENT_OVERDUE]");
        assertThat(states.asOf(id, null, 4L).parcel().flags()).hasToString("[PAYMENT_OVERDUE, HANDOVER_OVERDUE]");
        assertThatThrownBy(() -> states.asOf(id, "2020-01-01", null))
                .isInstanceOfSatisfying(AuditProblem.class, p -> assertThat(p.code()).isEqualTo("PARCEL_NOT_FOUND"));
        assertThatThrownBy(() -> states.asOf(id, "yesterday", null))
                .isInstanceOfSatisfying(AuditProblem.class, p -> assertThat(p.code()).isEqualTo("INVALID_INPUT"));
    }

    /**
     * The store keeps event timestamps to the millisecond, so an event recorded in the same millisecond
     * as the moment the desk looked would count as "then". Wait until that millisecond is over, so the
     * next step's event is stamped strictly after it.
     */
    private Instant aMillisecondThatHasEnded() {
        Instant seenAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        while (!clock.instant().truncatedTo(ChronoUnit.MILLIS).isAfter(seenAt)) {
            Thread.onSpinWait();
        }
        return seenAt;
    }

    @Test
    void integrityReportsTheFirstBrokenLinkAfterAPayloadIsEditedInTheDatabase() {
        String id = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(id));
        commands.sendAndWait(new RecordPayment(id, new BigDecimal("6172839.00"), LocalDate.parse("2024-02-25"), "R-ORIGINAL"));
        commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-06-01")));
        assertThat(integrity.parcel(id).intact()).isTrue();

        int edited = jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'R-ORIGINAL', 'R-FORGED'), 'UTF8') where aggregate_identifier = ? and sequence_number = 1", id);
        assertThat(edited).isEqualTo(1);

        IntegrityCheck.Report report = integrity.parcel(id);
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenLinks()).singleElement().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(1);
            assertThat(link.eventType()).endsWith("PaymentReceived");
            assertThat(link.expectedHash()).isNotEqualTo(link.storedHash());
        });
        IntegrityCheck.Report all = integrity.all();
        assertThat(all.brokenLinks()).extracting(IntegrityCheck.BrokenLink::parcelId).contains(id);
        assertThat(all.parcelsChecked()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void integrityReportsARemovedEvent() {
        String id = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(id));
        commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-06-01")));
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", id);
        // the first sequence that does not hold is the missing one
        assertThat(integrity.parcel(id).brokenLinks()).singleElement().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(2);
            assertThat(link.code()).isEqualTo(IntegrityCheck.Problem.EVENT_MISSING);
        });
    }

    @Test
    void complianceFlagsADeliberatelyLateUrgeNoticeAndAMissedReminder() {
        String id = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(id));
        commands.sendAndWait(new RecordPayment(id, new BigDecimal("6172839.00"), LocalDate.parse("2024-02-25"), "R1"));
        // no sweep on 2024-04-10 (reminder) nor 2024-05-11 (urge): the first sweep runs on 2024-05-15
        commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-05-15")));

        List<ComplianceReport.Row> rows = compliance.duties(id, LocalDate.now(SHANGHAI));
        assertThat(rows).filteredOn(r -> r.duty() == ComplianceReport.Duty.PAYMENT_URGE).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("installment 2");
            assertThat(r.dueOn()).isEqualTo(LocalDate.parse("2024-05-11"));
            assertThat(r.doneOn()).isEqualTo(LocalDate.parse("2024-05-15"));
            assertThat(r.status()).isEqualTo(ComplianceReport.Status.LATE);
            assertThat(r.daysLate()).isEqualTo(4);
        });
        assertThat(rows).filteredOn(r -> r.duty() == ComplianceReport.Duty.PAYMENT_REMINDER)
                .filteredOn(r -> r.subject().equals("installment 2")).singleElement().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.parse("2024-04-10"));
            assertThat(r.status()).isEqualTo(ComplianceReport.Status.NOT_DONE);
        });
        assertThat(rows).filteredOn(r -> r.duty() == ComplianceReport.Duty.NOTICE_DELIVERY).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ComplianceReport.Status.NOT_DONE));

        awaitLedger();
        String township = parcels.detail(id, LocalDate.now(SHANGHAI)).orElseThrow().township();
        ComplianceReport.Report may = compliance.between(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-31"), township);
        assertThat(may.rows()).filteredOn(r -> r.parcelId().equals(id)).extracting(ComplianceReport.Row::duty)
                .containsExactlyInAnyOrder(ComplianceReport.Duty.PAYMENT_URGE, ComplianceReport.Duty.NOTICE_DELIVERY);
        assertThat(may.summary().get(ComplianceReport.Duty.PAYMENT_URGE).late()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void complianceDatesTheSweepsDutiesByTheirRules() {
        LocalDate today = LocalDate.now(SHANGHAI);
        String unswept = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(unswept));
        // handed over on the agreed day: the start rule acts only on land handed over (issue 13)
        commands.sendAndWait(new RecordHandover(unswept, LocalDate.parse("2024-04-01"), "JD-" + unswept));
        // the first reminder's lead day (2024-01-31) came before the signing: it was owed from the signing;
        // a start the sweep never found missed is a start notice not given
        assertThat(compliance.duties(unswept, today))
                .extracting(ComplianceReport.Row::duty, ComplianceReport.Row::subject, ComplianceReport.Row::dueOn,
                        ComplianceReport.Row::doneOn, ComplianceReport.Row::status)
                .containsExactly(
                        tuple(ComplianceReport.Duty.PAYMENT_REMINDER, "installment 1", LocalDate.parse("2024-02-01"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.PAYMENT_URGE, "installment 1", LocalDate.parse("2024-03-02"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.PAYMENT_REMINDER, "installment 2", LocalDate.parse("2024-04-10"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.PAYMENT_URGE, "installment 2", LocalDate.parse("2024-05-11"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.START_NOTICE, "start agreed 2024-10-01", LocalDate.parse("2024-10-02"), null,
                                ComplianceReport.Status.NOT_DONE));

        String sweptLate = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(sweptLate));
        commands.sendAndWait(new RecordHandover(sweptLate, LocalDate.parse("2024-04-01"), "JD-" + sweptLate));
        commands.sendAndWait(new CheckDuePoints(sweptLate, LocalDate.parse("2024-10-05")));
        LocalDate sweptOn = LocalDate.parse("2024-10-05");
        assertThat(compliance.duties(sweptLate, today))
                .extracting(ComplianceReport.Row::duty, ComplianceReport.Row::subject, ComplianceReport.Row::dueOn,
                        ComplianceReport.Row::doneOn, ComplianceReport.Row::status)
                .containsExactly(
                        tuple(ComplianceReport.Duty.PAYMENT_REMINDER, "installment 1", LocalDate.parse("2024-02-01"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.PAYMENT_URGE, "installment 1", LocalDate.parse("2024-03-02"), sweptOn,
                                ComplianceReport.Status.LATE),
                        tuple(ComplianceReport.Duty.PAYMENT_REMINDER, "installment 2", LocalDate.parse("2024-04-10"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.PAYMENT_URGE, "installment 2", LocalDate.parse("2024-05-11"), sweptOn,
                                ComplianceReport.Status.LATE),
                        tuple(ComplianceReport.Duty.START_NOTICE, "start agreed 2024-10-01", LocalDate.parse("2024-10-02"), sweptOn,
                                ComplianceReport.Status.LATE),
                        tuple(ComplianceReport.Duty.BREACH_FINDING, "START agreed 2024-10-01", LocalDate.parse("2024-11-01"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.NOTICE_DELIVERY, sweptLate + "-CJ-01", LocalDate.parse("2024-10-12"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.NOTICE_DELIVERY, sweptLate + "-CJ-02", LocalDate.parse("2024-10-12"), null,
                                ComplianceReport.Status.NOT_DONE),
                        tuple(ComplianceReport.Duty.NOTICE_DELIVERY, sweptLate + "-KGTZ-01", LocalDate.parse("2024-10-12"), null,
                                ComplianceReport.Status.NOT_DONE));
        assertThat(compliance.duties(sweptLate, today)).filteredOn(r -> r.duty() == ComplianceReport.Duty.START_NOTICE)
                .extracting(ComplianceReport.Row::daysLate).containsExactly(3L);
    }

    @Test
    void complianceAsksNothingOfAClosedParcelAfterItsClosingDay() {
        String id = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(id));
        commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-03-02")));
        commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-05-01")));
        // terminated the day after the right arose: installment 2 falls due on 2024-05-10, after the closure
        commands.sendAndWait(new TerminateContract(id, "JC-" + id, LocalDate.parse("2024-05-02"), "unpaid"));

        assertThat(compliance.duties(id, LocalDate.now(SHANGHAI)))
                .extracting(ComplianceReport.Row::duty, ComplianceReport.Row::subject)
                .contains(tuple(ComplianceReport.Duty.PAYMENT_URGE, "installment 1"),
                        tuple(ComplianceReport.Duty.PAYMENT_REMINDER, "installment 2"))
                .doesNotContain(tuple(ComplianceReport.Duty.PAYMENT_URGE, "installment 2"));
    }

    /**
     * Every segment of the ledger, claimed here or not, past the store's head. A node's own view
     * ({@code ProjectionAdmin.progress}) covers only the segments it has claimed: while the processor is still
     * claiming them after a start, the segment holding this parcel may be missing from it.
     */
    private void awaitLedger() {
        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.standing(ProjectionProcessing.GROUPS.get(0)).caughtUp());
    }
}
