package org.parcelwatch.api.application.imports;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.patrol.CrossPatrolDraw;
import org.parcelwatch.monitoring.sweep.DueRule;

/**
 * The parcels one import registered (this run or, where it resumes, an earlier one), as the rules see them: the
 * import reads what was stored since it last looked and folds the events of its own parcels, so it knows which rule
 * falls due on which day ({@link DueRule#nextDueOn}, the same answer the monitoring schedule gives) without waiting
 * for the projection. That is what lets an import skip the days on which nothing happens, and play the nightly sweep
 * only for the parcels that are due.
 */
final class ImportedParcels {

    private final EventStorageEngine events;
    private final SupervisionSettings settings;
    private final Set<String> ours = new HashSet<>();
    private final Map<String, ParcelState> states = new HashMap<>();
    /** The sequence of the last event folded, per parcel: the stored events of a resumed parcel are not folded twice. */
    private final Map<String, Long> folded = new HashMap<>();
    private TrackingToken position;

    /** Starts at the head of the store: what was stored before the import is not its own, unless it resumes it. */
    ImportedParcels(EventStorageEngine events, SupervisionSettings settings) {
        this.events = events;
        this.settings = settings;
        this.position = events.createHeadToken();
    }

    /** The import registered {@code parcelId}: its events are folded from now on. */
    void adopt(String parcelId) {
        ours.add(parcelId);
    }

    /**
     * An earlier run of the import registered {@code parcelId}: what is stored of it is folded now (it may lie before
     * the head this import started at), and its events from now on.
     */
    void resume(String parcelId) {
        ours.add(parcelId);
        events.readEvents(parcelId, 0).asStream().forEach(this::fold);
    }

    /** Every event stored since the last read (by anyone), in store order; those of the import's parcels are folded. */
    List<TrackedEventMessage<?>> readNew() {
        List<TrackedEventMessage<?>> batch;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(position, false)) {
            batch = stream.collect(Collectors.toList());
        }
        for (TrackedEventMessage<?> message : batch) {
            position = message.trackingToken();
            if (message instanceof DomainEventMessage<?> event && ours.contains(event.getAggregateIdentifier())) {
                fold(event);
            }
        }
        return batch;
    }

    private void fold(DomainEventMessage<?> message) {
        Long last = folded.get(message.getAggregateIdentifier());
        if ((last == null || message.getSequenceNumber() > last) && message.getPayload() instanceof ParcelEvent event) {
            states.computeIfAbsent(event.parcelId(), id -> new ParcelState()).apply(event);
            folded.put(message.getAggregateIdentifier(), message.getSequenceNumber());
        }
    }

    /** The folds of the import's parcels, as of the last read: fresher than any projection of them. */
    Map<String, ParcelState> states() {
        return Collections.unmodifiableMap(states);
    }

    /**
     * The import's open parcels with a land officer, each with its township, as of the last read: what the month's
     * cross-patrol draw chooses from on the first of a month the import passes.
     */
    List<CrossPatrolDraw.Candidate> drawCandidates() {
        return states.entrySet().stream()
                .filter(e -> drawable(e.getValue()))
                .map(e -> new CrossPatrolDraw.Candidate(e.getKey(), e.getValue().contract().township(),
                        e.getValue().officer()))
                .sorted(Comparator.comparing(CrossPatrolDraw.Candidate::parcelId))
                .toList();
    }

    /** Whether a month's draw would have a parcel to choose from. */
    boolean anyDrawCandidate() {
        return states.values().stream().anyMatch(ImportedParcels::drawable);
    }

    private static boolean drawable(ParcelState state) {
        return state.officer() != null && !state.isClosed() && state.contract() != null;
    }

    /** The import's parcels with a rule due on {@code day} or before, in supervision-number order. */
    List<String> dueBy(LocalDate day) {
        return states.entrySet().stream()
                .filter(e -> {
                    LocalDate next = DueRule.nextDueOn(e.getValue(), settings);
                    return next != null && !next.isAfter(day);
                })
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The next day a rule can act on one of the import's parcels, after {@code day}; null when none is pending. */
    LocalDate nextDueAfter(LocalDate day) {
        LocalDate earliest = states.values().stream().map(state -> DueRule.nextDueOn(state, settings))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        if (earliest == null) {
            return null;
        }
        return earliest.isAfter(day) ? earliest : day.plusDays(1);
    }
}
