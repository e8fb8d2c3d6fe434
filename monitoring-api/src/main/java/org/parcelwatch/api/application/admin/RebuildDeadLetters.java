package org.parcelwatch.api.application.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The events a shadow rebuild could not write, per projection and parcel, as that projection's processor would have
 * queued them: the event its rows were refused on, with why, then every later event of the parcel that the projection
 * handles, in order. The parcel's rows in the rebuilt tables are its history up to that event. At the switch they
 * take the place of the projection's dead letters ({@link DeadLetterAdmin#replace}), where the admin retries or evicts
 * them as any others.
 *
 * <p>Shared by a rebuild's workers, each of which sets aside parcels of its own share; the catch-ups after the build
 * add the later events of the parcels already set aside.
 */
final class RebuildDeadLetters {

    /** A parcel's events set aside in one projection: the first failed ({@code cause}), the others wait behind it. */
    record Sequence(String parcelId, Throwable cause, List<DomainEventMessage<?>> events) {
    }

    private final Map<String, Map<String, Sequence>> byProjection = new ConcurrentHashMap<>();

    /** Whether the projection's events of the parcel are set aside (its later ones join them). */
    boolean holds(String projection, String parcelId) {
        return sequences(projection).containsKey(parcelId);
    }

    /** {@code events}: the one the projection's rows were refused on, then the parcel's later ones it handles. */
    void setAside(String projection, String parcelId, List<? extends DomainEventMessage<?>> events, Throwable cause) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to set aside of " + parcelId + " in " + projection);
        }
        if (sequences(projection).putIfAbsent(parcelId, new Sequence(parcelId, cause, new ArrayList<>(events))) != null) {
            throw new IllegalStateException(parcelId + " is set aside in " + projection + " already");
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
                queued.add(event);
            }
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
