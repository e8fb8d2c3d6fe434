package org.parcelwatch.api.application.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.parcelwatch.api.store.axon.DeadLetterCapacity;
import org.parcelwatch.api.store.axon.ProjectionDeadLetterPolicy;

/**
 * The events a shadow rebuild could not write, per projection and parcel, as that projection's processor would have
 * queued them: the event its rows were refused on, with why, then every later event of the parcel that the projection
 * handles, in order. The parcel's rows in the rebuilt tables are its history up to that event. At the switch they
 * take the place of the projection's dead letters ({@link DeadLetterAdmin#replace}), where the admin retries or evicts
 * them as any others.
 *
 * <p>What is set aside has to fit the queue it replaces ({@link DeadLetterCapacity}): a parcel more, or an event more
 * of a parcel, than the queue holds stops the rebuild there ({@link Overflow}), as the same events would stop the
 * live processor, rather than at the switch after the whole build.
 *
 * <p>Shared by a rebuild's workers, each of which sets aside parcels of its own share; the catch-ups after the build
 * add the later events of the parcels already set aside.
 */
final class RebuildDeadLetters {

    /** A parcel's events set aside in one projection: the first failed ({@code cause}), the others wait behind it. */
    record Sequence(String parcelId, Throwable cause, List<DomainEventMessage<?>> events) {
    }

    /** More set aside than the projection's dead-letter queue holds. */
    static final class Overflow extends IllegalStateException {
        Overflow(String message) {
            super(message);
        }
    }

    private final Map<String, Map<String, Sequence>> byProjection = new ConcurrentHashMap<>();
    private final DeadLetterCapacity capacity;

    RebuildDeadLetters(DeadLetterCapacity capacity) {
        this.capacity = capacity;
    }

    /** Whether the projection's events of the parcel are set aside (its later ones join them). */
    boolean holds(String projection, String parcelId) {
        return sequences(projection).containsKey(parcelId);
    }

    /** {@code events}: the one the projection's rows were refused on, then the parcel's later ones it handles. */
    void setAside(String projection, String parcelId, List<? extends DomainEventMessage<?>> events, Throwable cause) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to set aside of " + parcelId + " in " + projection);
        }
        checkEvents(projection, parcelId, events.size());
        Map<String, Sequence> sequences = sequences(projection);
        synchronized (sequences) { // workers set aside at once; the count and the entry move together
            if (sequences.size() >= capacity.maxParcels() && !sequences.containsKey(parcelId)) {
                throw new Overflow("rebuild of " + projection + " stopped: setting parcel " + parcelId + " aside would make "
                        + (sequences.size() + 1) + " parcels set aside, more than the projection's dead-letter queue holds ("
                        + capacity.maxParcels() + ", " + DeadLetterCapacity.MAX_PARCELS + "); the live tables stay as they"
                        + " were. Its rows were refused on: " + ProjectionDeadLetterPolicy.reason(cause));
            }
            if (sequences.putIfAbsent(parcelId, new Sequence(parcelId, cause, new ArrayList<>(events))) != null) {
                throw new IllegalStateException(parcelId + " is set aside in " + projection + " already");
            }
        }
    }

    /**
     * Later events of a parcel set aside, queued behind the others; one it holds already (a catch-up may read an event
     * again) is not queued twice. One thread per parcel at a time: its worker, or the catch-up.
     */
    void queueBehind(String projection, String parcelId, List<? extends DomainEventMessage<?>> events) {
        List<DomainEventMessage<?>> queued = sequences(projection).get(parcelId).events();
        for (DomainEventMessage<?> event : events) {
            if (event.getSequenceNumber() > queued.get(queued.size() - 1).getSequenceNumber()) {
                checkEvents(projection, parcelId, queued.size() + 1);
                queued.add(event);
            }
        }
    }

    private void checkEvents(String projection, String parcelId, int events) {
        if (events > capacity.maxEventsPerParcel()) {
            throw new Overflow("rebuild of " + projection + " stopped: parcel " + parcelId + " would have " + events
                    + " events set aside, more than the projection's dead-letter queue holds of one parcel ("
                    + capacity.maxEventsPerParcel() + ", " + DeadLetterCapacity.MAX_EVENTS_PER_PARCEL + "); the live tables"
                    + " stay as they were");
        }
    }

    /** The projection's parcels set aside, each with its events. */
    List<Sequence> of(String projection) {
        return List.copyOf(sequences(projection).values());
    }

    private Map<String, Sequence> sequences(String projection) {
        return byProjection.computeIfAbsent(projection, p -> new ConcurrentHashMap<>());
    }
}
