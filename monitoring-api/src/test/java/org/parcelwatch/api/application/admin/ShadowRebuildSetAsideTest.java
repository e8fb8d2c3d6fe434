package org.parcelwatch.api.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PoisonedEvents;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.RebuildableTables;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.notice.NoticeProjection;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A shadow rebuild meets events whose rows the database refuses (a NUL in a text column, written straight into the
 * store) and still ends: each such parcel is set aside in the projection that cannot hold it, folded up to the event it
 * failed on, with that event and its later ones in the projection's dead-letter queue, as the live processor left them;
 * every other parcel, those of the same batch included, is rebuilt. Poisoned histories met by the build (a registration,
 * a notice's delivery, a breach finding) and in the catch-up after it (a delivery, a payment): after the switch the
 * tables equal the live ones column for column and the queues hold the same events as the processors had put there.
 */
@PostgresTest
// a database of its own; two workers and batches of three parcels, so a poisoned parcel shares its batch with others
@TestPropertySource(properties = {"parcelwatch.test.context=shadow-rebuild-set-aside",
        "parcelwatch.projections.rebuild.threads=2", "parcelwatch.projections.rebuild.parcels-per-batch=3"})
@DirtiesContext
class ShadowRebuildSetAsideTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PROJECT = "Xinhe bearing plant phase II";

    @Autowired
    ShadowRebuild shadowRebuild;
    @Autowired
    ProjectionReplayCoordinator coordinator;
    @Autowired
    DeadLetterAdmin deadLetters;
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
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void parcelsWhoseRowsCannotBeWrittenAreSetAsideAsTheProcessorsDidAndTheRebuildEnds() {
        PoisonedEvents poisoned = new PoisonedEvents(jdbc, eventSerializer);
        RebuildableTables tables = new RebuildableTables(jdbc, rebuildable);
        List<String> healthy = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = SampleParcels.nextParcelId();
            commands.sendAndWait(SampleParcels.registerInHistory(id));
            commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-06-01")));
            healthy.add(id);
        }
        // met by the build: a registration with a NUL (its later payment waits behind it in the ledger) ...
        String registration = SampleParcels.nextParcelId();
        poisoned.registrationLike(healthy.get(0), PROJECT, registration, "Poison\\u0000plant");
        commands.sendAndWait(new RecordPayment(registration, new BigDecimal("1000.00"), LocalDate.parse("2024-03-01"), "R-P-1"));
        // ... a delivery received by a name with a NUL, a good one after it (the notices), a finding (the breach register)
        String delivery = noticedParcel();
        deliver(poisoned, delivery, 0, "Wang\0Fang");
        deliver(poisoned, delivery, 1, "Wang Fang");
        String finding = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(finding));
        commands.sendAndWait(new RecordHandover(finding, LocalDate.parse("2024-04-01"), "JD-1"));
        commands.sendAndWait(new CheckDuePoints(finding, LocalDate.parse("2024-10-03")));
        poisoned.append(finding, new BreachFindingRecorded(finding, Milestone.START, LocalDate.parse("2024-10-01"),
                BreachCause.LAND_USER, null, "no\0works", LocalDate.parse("2024-10-05"), true));
        poisoned.append(finding, new ExtensionGranted(finding, Milestone.START, LocalDate.parse("2024-10-01"),
                LocalDate.parse("2025-04-01"), null, null, "YQ-1", LocalDate.parse("2024-10-06"), "road plan revised", null));
        // parcels whose poisoned events come during the build, into its catch-up
        String lateDelivery = noticedParcel();
        String latePayment = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(latePayment));
        awaitCaughtUp();
        assertThat(letters().get(ParcelLedgerProjection.GROUP)).containsKey(registration);
        assertThat(letters().get(NoticeProjection.GROUP)).containsKey(delivery);

        long head = shadowRebuild.head();
        Map<String, ReplayProgress.Run> runs = new LinkedHashMap<>();
        rebuildable.forEach(projection -> runs.put(projection.group(), progress.start(projection.group(), head)));
        try {
            ShadowRebuild.Building building = shadowRebuild.build(runs, head);
            assertThat(building.setAside(NoticeProjection.GROUP)).extracting(RebuildDeadLetters.Sequence::parcelId)
                    .containsExactly(delivery);

            deliver(poisoned, lateDelivery, 0, "Li\0Lei");
            deliver(poisoned, lateDelivery, 1, "Li Lei");
            poisoned.append(latePayment, new PaymentReceived(latePayment, "R\0-2", new BigDecimal("500.00"),
                    LocalDate.parse("2024-03-02"), List.of()));
            poisoned.append(latePayment, new PaymentReceived(latePayment, "R-3", new BigDecimal("600.00"),
                    LocalDate.parse("2024-03-03"), List.of()));
            awaitCaughtUp();
            Map<String, Map<String, List<String>>> liveLetters = letters();
            assertThat(liveLetters.get(ParcelLedgerProjection.GROUP)).containsKeys(registration, latePayment);
            assertThat(liveLetters.get(NoticeProjection.GROUP)).containsKeys(delivery, lateDelivery);
            assertThat(liveLetters.get("breach-register")).containsKey(finding);
            assertThat(liveLetters.values().stream().flatMap(m -> m.keySet().stream())).doesNotContainAnyElementsOf(healthy);
            Map<String, List<Map<String, Object>>> live = tables.in("public");

            building.catchUp(runs);
            assertThat(tables.shadows()).isEqualTo(live);
            SwitchWithProcessorsStopped.finish(building, runs, axon, tokenStore);
            awaitCaughtUp();

            assertThat(tables.in("public")).isEqualTo(live);
            assertThat(letters()).isEqualTo(liveLetters);
            for (DeadLetterAdmin.Queue queue : deadLetters.list(null).projections()) {
                for (DeadLetterAdmin.Sequence sequence : queue.sequences()) {
                    DeadLetterAdmin.Letter first = sequence.letters().get(0);
                    assertThat(first.causeMessage()).as(queue.projection() + " " + sequence.parcelId()).contains("0x00");
                    assertThat(first.retries()).isZero();
                    sequence.letters().subList(1, sequence.letters().size())
                            .forEach(behind -> assertThat(behind.causeMessage()).isNull());
                }
            }
        } finally {
            runs.values().forEach(ReplayProgress.Run::finish);
        }

        // the processors take the rebuild's letters as their own: a later event of the parcel waits behind them
        deliver(poisoned, delivery, 1, "Zhang San");
        awaitCaughtUp();
        assertThat(letters().get(NoticeProjection.GROUP).get(delivery)).hasSize(3);

        // and they are retried and evicted as any others
        long queued = deadLetters.count(NoticeProjection.GROUP);
        DeadLetterAdmin.Retry retry = deadLetters.retry(NoticeProjection.GROUP, delivery);
        assertThat(retry.processed()).isFalse();
        assertThat(retry.remaining()).isEqualTo(3);
        assertThat(retry.causeMessage()).contains("0x00");
        assertThat(deadLetters.evict(NoticeProjection.GROUP, delivery).evicted()).isEqualTo(3);
        assertThat(deadLetters.count(NoticeProjection.GROUP)).isEqualTo(queued - 3);
    }

    /** A registered parcel with notices issued by its check of 2024-06-01. */
    private String noticedParcel() {
        String id = SampleParcels.registerWithNotices(commands);
        awaitCaughtUp();
        return id;
    }

    /** The delivery of the parcel's {@code index}th notice, received by {@code receivedBy}, written into the store. */
    private void deliver(PoisonedEvents poisoned, String parcelId, int index, String receivedBy) {
        poisoned.deliverNotice(parcelId, index, receivedBy);
    }

    /** Per projection, per parcel, the ids of its dead letters in their order. */
    private Map<String, Map<String, List<String>>> letters() {
        Map<String, Map<String, List<String>>> letters = new TreeMap<>();
        for (DeadLetterAdmin.Queue queue : deadLetters.list(null).projections()) {
            Map<String, List<String>> sequences = new TreeMap<>();
            queue.sequences().forEach(sequence -> sequences.put(sequence.parcelId(),
                    sequence.letters().stream().map(DeadLetterAdmin.Letter::eventId).toList()));
            letters.put(queue.projection(), sequences);
        }
        return letters;
    }

    private void awaitCaughtUp() {
        ProjectionsCaughtUp.await(coordinator);
    }
}
