package org.parcelwatch.api.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.store.axon.DeadLetterCapacity;
import org.parcelwatch.api.support.PoisonedEvents;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.RebuildableTables;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.projections.notice.NoticeProjection;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The dead-letter queues hold what {@code parcelwatch.projections.dead-letters.*} allows, live and after a rebuild: a
 * rebuild that sets aside as many parcels as a queue holds ends and hands them over; one that would set aside a parcel
 * more stops with a reason naming the setting, before any switch, and the live tables and queues stay as they were,
 * as the live processor stops at the same parcel rather than go on without it, until an eviction makes room.
 */
@PostgresTest
@TestPropertySource(properties = {"parcelwatch.test.context=dead-letter-capacity",
        "parcelwatch.projections.dead-letters.max-parcels=2",
        "parcelwatch.projections.dead-letters.max-events-per-parcel=3",
        "parcelwatch.projections.rebuild.threads=2", "parcelwatch.projections.rebuild.parcels-per-batch=2"})
@DirtiesContext
class DeadLetterCapacityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String NOTICES = NoticeProjection.GROUP;

    @Autowired
    ProjectionReplayCoordinator coordinator;
    @Autowired
    DeadLetterAdmin deadLetters;
    @Autowired
    List<RebuildableProjection> rebuildable;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Configuration axon;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void aRebuildSetsAsideWhatTheQueueHoldsAndStopsBeforeTheSwitchWhenItWouldSetAsideMore() {
        PoisonedEvents poisoned = new PoisonedEvents(jdbc, eventSerializer);
        RebuildableTables tables = new RebuildableTables(jdbc, rebuildable);
        for (int i = 0; i < 5; i++) {
            noticedParcel();
        }
        String first = noticedParcel();
        String second = noticedParcel();
        String third = noticedParcel();
        assertThat(coordinator.progress(NOTICES).deadLettersFull()).as("nothing queued yet").isFalse();
        deliver(poisoned, first, 0, "Wang\0Fang");
        deliver(poisoned, first, 1, "Wang Fang");
        deliver(poisoned, second, 0, "Li\0Lei");
        awaitCaughtUp();

        // the live queue takes the settings: two parcels, three letters of one
        SequencedDeadLetterQueue<EventMessage<?>> queue = axon.eventProcessingConfiguration().deadLetterQueue(NOTICES).orElseThrow();
        assertThat(queue.amountOfSequences()).isEqualTo(2);
        assertThat(queue.isFull(third)).as("a third parcel").isTrue();
        assertThat(queue.isFull(first)).as("a third letter of the first").isFalse();
        deliver(poisoned, first, 1, "Wang Fang, again");
        awaitCaughtUp();
        assertThat(queue.sequenceSize(first)).isEqualTo(3);
        assertThat(queue.isFull(first)).as("a fourth letter of the first").isTrue();
        // the admin sees the queue full: four letters of two parcels, two at most
        ProjectionReplayCoordinator.Progress full = coordinator.progress(NOTICES);
        assertThat(List.of(full.deadLetters(), full.deadLetterParcels(), full.maxDeadLetterParcels())).containsExactly(4L, 2L, 2L);
        assertThat(full.deadLettersFull()).isTrue();

        // a rebuild that sets aside as many parcels and letters as the queue holds ends, and hands them over
        Map<String, List<Map<String, Object>>> live = tables.in("public");
        Map<String, List<String>> liveLetters = letters();
        ReplayProgress.Figures done = rebuild();
        assertThat(done.failure()).isNull();
        awaitCaughtUp();
        assertThat(tables.in("public")).isEqualTo(live);
        assertThat(letters()).isEqualTo(liveLetters).containsOnlyKeys(first, second);

        // a third parcel the notices cannot hold: the live processor stops at it, keeping its queue as it was ...
        deliver(poisoned, third, 0, "Zhao\0Min");
        ProjectionsCaughtUp.await(coordinator, NOTICES);
        await().atMost(PATIENCE).during(Duration.ofSeconds(3)).until(() -> !coordinator.progress(NOTICES).caughtUp());
        assertThat(letters()).isEqualTo(liveLetters);
        live = tables.in("public");

        // ... and a rebuild stops where it would set it aside, before the switch, naming the setting
        ReplayProgress.Figures stopped = rebuild();
        assertThat(stopped.failure()).contains("more than the projection's dead-letter queue holds (2, "
                + DeadLetterCapacity.MAX_PARCELS + ")", "0x00");
        assertThat(tables.in("public")).isEqualTo(live);
        assertThat(letters()).isEqualTo(liveLetters);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema like 'rebuild\\_%'",
                Integer.class)).as("shadow tables left").isZero();
        assertThat(coordinator.progress(NOTICES).replayState()).isEqualTo("RESET");
        DeadLetterAdmin.Queue listed = deadLetters.list(NOTICES).projections().get(0);
        assertThat(listed.parcels()).isEqualTo(listed.maxParcels()).isEqualTo(2);

        // evicting a parcel's letters makes room: the processor queues the third parcel and goes on
        assertThat(deadLetters.evict(NOTICES, second).evicted()).isEqualTo(1);
        awaitCaughtUp();
        assertThat(letters()).containsOnlyKeys(first, third);
        assertThat(coordinator.progress(NOTICES).deadLettersFull()).as("full again").isTrue();
    }

    /** A rebuild of the notices through the coordinator, as the admin's endpoint starts it, to its end. */
    private ReplayProgress.Figures rebuild() {
        ReplayProgress.Figures started = coordinator.replay(NOTICES, "admin").rebuild();
        await().atMost(PATIENCE).until(() -> {
            ProjectionReplayCoordinator.Progress now = coordinator.progress(NOTICES);
            return "RESET".equals(now.replayState()) && now.rebuild().startedAt().equals(started.startedAt())
                    && now.rebuild().finishedAt() != null;
        });
        return coordinator.progress(NOTICES).rebuild();
    }

    private String noticedParcel() {
        return SampleParcels.registerWithNotices(commands);
    }

    /** The delivery of the parcel's {@code index}th notice, once the notices hold it, written into the store. */
    private void deliver(PoisonedEvents poisoned, String parcelId, int index, String receivedBy) {
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("select count(*) from notice where parcel_id = ?",
                Integer.class, parcelId) > index);
        poisoned.deliverNotice(parcelId, index, receivedBy);
    }

    /** The notices' dead letters: per parcel, the ids of its letters in their order. */
    private Map<String, List<String>> letters() {
        return deadLetters.list(null).projections().stream().filter(q -> q.projection().equals(NOTICES)).findFirst()
                .map(q -> q.sequences().stream().collect(Collectors.toMap(DeadLetterAdmin.Sequence::parcelId,
                        s -> s.letters().stream().map(DeadLetterAdmin.Letter::eventId).toList())))
                .orElse(Map.of());
    }

    private void awaitCaughtUp() {
        ProjectionsCaughtUp.await(coordinator);
    }
}
