package org.parcelwatch.api.application.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.parcelwatch.api.application.audit.AuditProblem;
import org.parcelwatch.api.store.axon.DeadLetterCapacity;
import org.parcelwatch.api.store.axon.ProjectionDeadLetterPolicy;
import org.parcelwatch.projections.ProjectionProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The projections' dead letters (store/axon {@code DeadLetterConfiguration}): events a projection failed on for
 * good, each parcel's in the order they came, the first with the failure. The admin lists them, retries a parcel's
 * (after fixing what failed: its events are handled again in order, each alone, until one fails again) or evicts
 * them (the projection then lacks them until a replay).
 */
@Service
public class DeadLetterAdmin {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterAdmin.class);

    private final Configuration axon;
    private final DeadLetterCapacity capacity;

    public DeadLetterAdmin(Configuration axon, DeadLetterCapacity capacity) {
        this.axon = axon;
        this.capacity = capacity;
    }

    /** One dead letter: the event, when it was queued and last tried, why it failed, how often it was retried. */
    public record Letter(long index, String eventType, String eventId, Long sequenceNumber, Instant recordedAt,
                         Instant enqueuedAt, Instant lastTouched, String causeType, String causeMessage, int retries) {
    }

    /** A parcel's dead letters in a projection, in the order they are to be handled. */
    public record Sequence(String parcelId, List<Letter> letters) {
    }

    /**
     * A projection's queue: how many letters, of how many parcels, and how many parcels it holds at most
     * ({@link DeadLetterCapacity}): at that many, the projection stops at the next event it cannot handle.
     */
    public record Queue(String projection, long letters, long parcels, long maxParcels, List<Sequence> sequences) {
    }

    public record Listing(long letters, List<Queue> projections) {
    }

    /** {@code processed}: every letter of the parcel was handled and left the queue; else the failure that stopped it. */
    public record Retry(String projection, String parcelId, boolean processed, long remaining, String causeMessage) {
    }

    public record Eviction(String projection, String parcelId, int evicted) {
    }

    /** Letters per projection, every projection listed. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        ProjectionProcessing.GROUPS.forEach(group -> counts.put(group, queue(group).size()));
        return counts;
    }

    public long count(String projection) {
        ProjectionReplayCoordinator.requireKnown(projection);
        return queue(projection).size();
    }

    /**
     * A projection's queue in figures: its letters, the parcels they are of, and the parcels it holds at most. When
     * full, the projection's processor stops at the next event it cannot handle and retries it until a retry or an
     * eviction makes room: the admin has to act.
     */
    public record Standing(long letters, long parcels, long maxParcels) {

        public boolean full() {
            return parcels >= maxParcels;
        }
    }

    public Standing standing(String projection) {
        ProjectionReplayCoordinator.requireKnown(projection);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        return new Standing(queue.size(), queue.amountOfSequences(), capacity.maxParcels());
    }

    /** Every projection's letters, or one projection's. */
    public Listing list(String projection) {
        List<String> groups = projection == null ? ProjectionProcessing.GROUPS : List.of(projection);
        if (projection != null) {
            ProjectionReplayCoordinator.requireKnown(projection);
        }
        List<Queue> queues = new ArrayList<>();
        for (String group : groups) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
            List<Sequence> sequences = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> letters : queue.deadLetters()) {
                List<Letter> listed = new ArrayList<>();
                String parcelId = null;
                for (DeadLetter<? extends EventMessage<?>> letter : letters) {
                    parcelId = sequenceOf(letter);
                    listed.add(letter(letter));
                }
                if (parcelId != null) {
                    sequences.add(new Sequence(parcelId, listed));
                }
            }
            long letters = sequences.stream().mapToLong(s -> s.letters().size()).sum();
            queues.add(new Queue(group, letters, sequences.size(), capacity.maxParcels(), sequences));
        }
        return new Listing(queues.stream().mapToLong(Queue::letters).sum(), queues);
    }

    /** Handles the parcel's letters again, in order, until one fails again (it stays, with its new failure). */
    public Retry retry(String projection, String parcelId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = requireLetters(projection, parcelId);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = axon.eventProcessingConfiguration()
                .sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> new IllegalStateException("projection " + projection + " has no dead-letter processor"));
        boolean processed = processor.process(letter -> parcelId.equals(sequenceOf(letter)));
        long remaining = queue.sequenceSize(parcelId);
        String cause = null;
        for (DeadLetter<? extends EventMessage<?>> first : queue.deadLetterSequence(parcelId)) {
            cause = first.cause().map(Cause::message).orElse(null);
            break;
        }
        log.info("dead letters of {} in {} retried: {} left", parcelId, projection, remaining);
        return new Retry(projection, parcelId, processed && remaining == 0, remaining, cause);
    }

    /** Drops the parcel's letters: the projection goes on without those events (a replay brings them back). */
    public Eviction evict(String projection, String parcelId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = requireLetters(projection, parcelId);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(parcelId).forEach(letters::add);
        axon.getComponent(TransactionManager.class).executeInTransaction(() -> letters.forEach(queue::evict));
        log.warn("{} dead letters of {} evicted from {}: the projection lacks those events until a replay", letters.size(),
                parcelId, projection);
        return new Eviction(projection, parcelId, letters.size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> requireLetters(String projection, String parcelId) {
        ProjectionReplayCoordinator.requireKnown(projection);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        if (!queue.contains(parcelId)) {
            throw new AuditProblem(HttpStatus.NOT_FOUND, "DEAD_LETTERS_NOT_FOUND",
                    "projection " + projection + " has no dead letters of " + parcelId);
        }
        return queue;
    }

    /**
     * Empties a projection's queue and queues what a rebuild set aside instead ({@link RebuildDeadLetters}): its tables
     * were rebuilt from every event, those the queue held included, and each parcel the rebuild could not write waits
     * with the event it failed on and its later ones, as the processor would have queued them. Called in the transaction
     * that switches the rebuilt tables in, before the processors start again (they learn a segment's queued parcels
     * when they claim it).
     */
    void replace(String projection, List<RebuildDeadLetters.Sequence> letters) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        queue.clear();
        Instant now = Instant.now();
        for (RebuildDeadLetters.Sequence sequence : letters) {
            List<DomainEventMessage<?>> events = sequence.events();
            queue.enqueue(sequence.parcelId(),
                    ProjectionDeadLetterPolicy.firstLetter(sequence.parcelId(), events.get(0), sequence.cause(), now));
            for (DomainEventMessage<?> behind : events.subList(1, events.size())) {
                queue.enqueue(sequence.parcelId(), new GenericDeadLetter<EventMessage<?>>(sequence.parcelId(), behind));
            }
        }
        if (!letters.isEmpty()) {
            log.warn("{} parcels of {} set aside by its rebuild, {} events in its dead-letter queue", letters.size(),
                    projection, letters.stream().mapToInt(s -> s.events().size()).sum());
        }
    }

    /** Whether the projection's processor hands {@code event} to its handlers: it queues only those behind a letter. */
    boolean handles(String projection, EventMessage<?> event) {
        return ProjectionProcessing.processor(axon, projection).eventHandlerInvoker().canHandle(event, Segment.ROOT_SEGMENT);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
        return axon.eventProcessingConfiguration().deadLetterQueue(projection)
                   .orElseThrow(() -> new IllegalStateException("projection " + projection + " has no dead-letter queue"));
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        return new Letter(letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIndex() : -1,
                event.getPayloadType().getSimpleName(), event.getIdentifier(),
                event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null, event.getTimestamp(),
                letter.enqueuedAt(), letter.lastTouched(), letter.cause().map(Cause::type).orElse(null),
                letter.cause().map(Cause::message).orElse(null), ProjectionDeadLetterPolicy.retries(letter));
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JdbcDeadLetter<?> jdbc) {
            return jdbc.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }
}
