package org.parcelwatch.api.application.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A rebuild's read dealt out to its workers: each aggregate goes to one worker, chosen by its id's hash, so that one
 * fold sees all of an aggregate's events and no two workers write its rows; each worker's share is handed over in
 * chunks, in the order read. Not thread-safe: the reader's.
 */
final class AggregatePartitions<T> {

    private final int chunk;
    private final BiConsumer<Integer, List<T>> handOver;
    private final List<List<T>> pending = new ArrayList<>();

    /** {@code handOver} gets a worker's number (0 to {@code workers} − 1) and its next chunk of {@code chunk} aggregates. */
    AggregatePartitions(int workers, int chunk, BiConsumer<Integer, List<T>> handOver) {
        if (workers < 1 || chunk < 1) {
            throw new IllegalArgumentException("workers and chunk must be positive: " + workers + ", " + chunk);
        }
        this.chunk = chunk;
        this.handOver = handOver;
        for (int i = 0; i < workers; i++) {
            pending.add(new ArrayList<>(chunk));
        }
    }

    /** The worker of {@code aggregateId} among {@code workers}. */
    static int workerOf(String aggregateId, int workers) {
        int hash = aggregateId.hashCode();
        // the high bits spread too: ids that differ only in their last characters (P-000001, P-000002) are common
        return Math.floorMod(hash ^ (hash >>> 16), workers);
    }

    /** One aggregate's {@code item} (its events) to its worker; a full chunk is handed over. */
    void add(String aggregateId, T item) {
        int worker = workerOf(aggregateId, pending.size());
        List<T> share = pending.get(worker);
        share.add(item);
        if (share.size() >= chunk) {
            pending.set(worker, new ArrayList<>(chunk));
            handOver.accept(worker, share);
        }
    }

    /** Hands over what is left of each worker's share. */
    void flush() {
        for (int worker = 0; worker < pending.size(); worker++) {
            List<T> share = pending.get(worker);
            if (!share.isEmpty()) {
                pending.set(worker, new ArrayList<>(chunk));
                handOver.accept(worker, share);
            }
        }
    }
}
