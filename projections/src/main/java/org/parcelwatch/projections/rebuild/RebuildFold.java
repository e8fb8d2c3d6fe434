package org.parcelwatch.projections.rebuild;

import java.time.Instant;

/**
 * One projection's fold fed by a rebuild: events are collected by aggregate and folded and written a batch of
 * aggregates at a time. Not thread-safe: one fold, one thread (a rebuild that runs on several threads gives each its
 * own fold and its own share of the aggregates).
 */
public interface RebuildFold {

    /** Takes one event; an aggregate's events come in their order. Events the projection does not handle are ignored. */
    void add(String aggregateId, long sequence, Instant timestamp, Object payload);

    /** Aggregates collected and not yet written. */
    int pending();

    /**
     * Folds and writes what was collected. {@code fresh}: the tables hold none of these aggregates and each one's
     * history is whole, so nothing is read before writing. Otherwise the events are what came after the tables were
     * last written (an event may come again that was folded already), and the fold carries on from the stored rows.
     */
    void write(boolean fresh);
}
