package org.parcelwatch.projections.rebuild;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;

/** The event store read by aggregate, for a rebuild's fold. */
@FunctionalInterface
public interface Histories {

    /** Every event of each of {@code aggregateIds}, each aggregate's in order, to {@code events}. */
    void of(Collection<String> aggregateIds, Consumer<Event> events);

    /** One stored event as a fold takes it. */
    record Event(String aggregateId, long sequence, Instant timestamp, Object payload) {
    }
}
