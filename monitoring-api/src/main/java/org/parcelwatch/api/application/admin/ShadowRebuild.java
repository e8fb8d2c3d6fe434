package org.parcelwatch.api.application.admin;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.parcelwatch.api.store.axon.DeadLetterCapacity;
import org.parcelwatch.api.store.axon.EventHistory;
import org.parcelwatch.api.store.axon.ProjectionDeadLetterPolicy;
import org.parcelwatch.api.store.rebuild.CopyRows;
import org.parcelwatch.api.store.rebuild.ShadowTables;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Projections rebuilt beside their live tables (PostgreSQL), every {@link RebuildableProjection} at once if asked: the
 * event store is read once, aggregate by aggregate up to the head at the start, and each aggregate's history goes to
 * one of several workers (by its id's hash, {@link AggregatePartitions}); a worker deserialises it and hands it to its
 * own fold of every projection being rebuilt, which write each row once into that projection's shadow tables (no
 * indexes), through the worker's own connection and COPY streams. Then the indexes, then the events that came
 * meanwhile. What is left for the switch ({@link Building#finish}) is the few events since, with the processors stopped.
 */
@Component
public class ShadowRebuild {

    /** Aggregates a worker is handed at a time: few enough to keep every worker busy, enough to make a hand-over cheap. */
    private static final int CHUNK = 200;
    /** Chunks read ahead of each worker. */
    private static final int READ_AHEAD = 8;

    private static final Logger log = LoggerFactory.getLogger(ShadowRebuild.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final EventHistory history;
    private final ShadowTables tables;
    private final DeadLetterAdmin deadLetters;
    private final DeadLetterCapacity capacity;
    private final Map<String, RebuildableProjection> projections = new LinkedHashMap<>();
    private final int parcelsPerBatch;
    private final int gapWindow;
    private final int threads;

    public ShadowRebuild(EventHistory history, ShadowTables tables, DeadLetterAdmin deadLetters,
                         DeadLetterCapacity capacity, List<RebuildableProjection> projections,
                         @Value("${parcelwatch.projections.rebuild.parcels-per-batch:2000}") int parcelsPerBatch,
                         @Value("${parcelwatch.projections.rebuild.gap-window:10000}") int gapWindow,
                         @Value("${parcelwatch.projections.rebuild.threads:0}") int threads) {
        this.history = history;
        this.tables = tables;
        this.deadLetters = deadLetters;
        this.capacity = capacity;
        Map<String, String> owners = new LinkedHashMap<>();
        for (RebuildableProjection projection : projections) {
            this.projections.put(projection.group(), projection);
            for (String table : projection.tables()) {
                // a worker's connection reaches every shadow by its search path: a table name must say which
                String other = owners.put(table, projection.group());
                if (other != null) {
                    throw new IllegalStateException("table " + table + " is rebuilt by both " + other + " and " + projection.group());
                }
            }
        }
        this.parcelsPerBatch = parcelsPerBatch;
        this.gapWindow = gapWindow;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Whether {@code projection} is rebuilt this way here; the others are reset and replayed by their processor. */
    boolean handles(String projection) {
        return projections.containsKey(projection) && tables.supported();
    }

    long head() {
        return history.head();
    }

    /** How many workers fold at once: the setting, within the connections the pool can spare. */
    int workers() {
        return Math.max(1, Math.min(threads, tables.connectionsToSpare()));
    }

    /** A rebuild under way: each projection's shadow and the events they hold, as a processor's token would say. */
    final class Building {

        private final Map<String, ShadowTables.Shadow> shadows;
        private final RebuildDeadLetters setAside;
        private GapAwareTrackingToken holds;

        private Building(Map<String, ShadowTables.Shadow> shadows, RebuildDeadLetters setAside, GapAwareTrackingToken holds) {
            this.shadows = shadows;
            this.setAside = setAside;
            this.holds = holds;
        }

        /** The events stored since the shadows were last written, into them; returns where they stand now. */
        GapAwareTrackingToken catchUp(Map<String, ReplayProgress.Run> runs) {
            // taken before reading: an index missing now is an event still to come, read by the next catch-up
            GapAwareTrackingToken next = history.tokenAt(history.head(), gapWindow);
            GapAwareTrackingToken from = holds;
            tables.write(List.copyOf(shadows.values()), session -> {
                // a fold skips an event its rows hold already (one read again, one past `next`)
                Folding folding = new Folding(session, shadows.keySet(), setAside, false);
                history.after(from, events -> {
                    Map<String, List<DomainEventMessage<?>>> byParcel = new LinkedHashMap<>();
                    events.forEach(e -> byParcel.computeIfAbsent(e.getAggregateIdentifier(), id -> new ArrayList<>()).add(e));
                    byParcel.values().forEach(folding::add);
                    folding.write();
                    runs.values().forEach(run -> run.done(events.size(), events.size()));
                });
            });
            holds = next;
            return next;
        }

        /**
         * With the processors stopped everywhere: the last events into the shadows, then in one transaction every
         * shadow switched in, each projection's processor tokens set where the shadows' events end ({@code tokens}) and
         * its dead-letter queue holding what the rebuild set aside instead of what it held.
         */
        void finish(Map<String, ReplayProgress.Run> runs, BiConsumer<String, TrackingToken> tokens) {
            GapAwareTrackingToken token = catchUp(runs);
            tables.switchIn(List.copyOf(shadows.values()), () -> shadows.keySet().forEach(group -> {
                tokens.accept(group, token);
                deadLetters.replace(group, setAside.of(group));
            }));
        }

        /** The parcels of a projection set aside so far, with their events. */
        List<RebuildDeadLetters.Sequence> setAside(String projection) {
            return setAside.of(projection);
        }

        void abandon() {
            shadows.values().forEach(ShadowTables.Shadow::drop);
        }
    }

    /**
     * Builds the shadow tables of each projection in {@code runs} (by group, each counting on its run) from every event
     * up to {@code head}, read once for all of them.
     */
    Building build(Map<String, ReplayProgress.Run> runs, long head) {
        Map<String, ShadowTables.Shadow> shadows = new LinkedHashMap<>();
        try {
            for (String group : runs.keySet()) {
                RebuildableProjection projection = projections.get(group);
                shadows.put(group, tables.create(group, projection.tables(), projection.keyedWhileWritten()));
            }
            GapAwareTrackingToken holds = history.tokenAt(head, gapWindow);
            RebuildDeadLetters setAside = new RebuildDeadLetters(capacity);
            foldEverything(head, shadows, runs.values(), setAside);
            shadows.values().forEach(ShadowTables.Shadow::buildIndexes);
            return new Building(shadows, setAside, holds);
        } catch (RuntimeException e) {
            shadows.values().forEach(ShadowTables.Shadow::drop);
            throw e;
        }
    }

    /** The read on this thread, dealt out by aggregate to the workers, which fold and write. */
    private void foldEverything(long head, Map<String, ShadowTables.Shadow> shadows, Collection<ReplayProgress.Run> runs,
                                RebuildDeadLetters setAside) {
        int workers = workers();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<BlockingQueue<List<List<DomainEventData<?>>>>> queues = new ArrayList<>();
        AtomicInteger numbers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "projection-rebuild-fold-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> folding = new ArrayList<>();
        AtomicLong foldingCpu = new AtomicLong();
        AtomicLong read = new AtomicLong();
        try {
            for (int i = 0; i < workers; i++) {
                BlockingQueue<List<List<DomainEventData<?>>>> queue = new ArrayBlockingQueue<>(READ_AHEAD);
                queues.add(queue);
                folding.add(pool.submit(() -> {
                    try {
                        fold(queue, shadows, runs, setAside, failure);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        foldingCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
                    }
                }));
            }
            long readingCpu = THREADS.getCurrentThreadCpuTime();
            try {
                AggregatePartitions<List<DomainEventData<?>>> partitions = new AggregatePartitions<>(workers, CHUNK,
                        (worker, chunk) -> handOver(queues.get(worker), chunk, failure));
                history.byAggregate(head, aggregate -> {
                    read.addAndGet(aggregate.size());
                    partitions.add(aggregate.get(0).getAggregateIdentifier(), aggregate);
                });
                partitions.flush();
                queues.forEach(queue -> handOver(queue, END, failure));
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
            readingCpu = THREADS.getCurrentThreadCpuTime() - readingCpu;
            for (Future<?> worker : folding) {
                worker.get();
            }
            // the JVM's share of the read and fold, apart from the processors and the database, for an operator to size with
            double events = Math.max(1, read.get());
            log.info("shadow rebuild of {}: {} events read, CPU per event {} µs reading, {} µs folding and writing on {} workers",
                    shadows.keySet(), read.get(), "%.1f".formatted(readingCpu / 1e3 / events),
                    "%.1f".formatted(foldingCpu.get() / 1e3 / events), workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new IllegalStateException("rebuild interrupted", e));
        } catch (ExecutionException e) {
            failure.compareAndSet(null, new IllegalStateException(e.getCause()));
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Marks the end of the read in a worker's queue. */
    private static final List<List<DomainEventData<?>>> END = new ArrayList<>();

    /** Waits for room in a worker's queue, unless the rebuild failed meanwhile. */
    private static <T> void handOver(BlockingQueue<T> queue, T chunk, AtomicReference<RuntimeException> failure) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        }
    }

    /** One worker: its own connection into every shadow and its own fold of each projection, chunk by chunk. */
    private void fold(BlockingQueue<List<List<DomainEventData<?>>>> queue, Map<String, ShadowTables.Shadow> shadows,
                      Collection<ReplayProgress.Run> runs, RebuildDeadLetters setAside, AtomicReference<RuntimeException> failure) {
        tables.write(List.copyOf(shadows.values()), session -> {
            Folding folding = new Folding(session, shadows.keySet(), setAside, true);
            while (true) {
                List<List<DomainEventData<?>>> chunk;
                try {
                    chunk = queue.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("rebuild interrupted", e);
                }
                if (failure.get() != null) {
                    throw new Abandoned();
                }
                if (chunk == null) {
                    continue;
                }
                if (chunk == END) {
                    break;
                }
                List<DomainEventData<?>> stored = new ArrayList<>();
                chunk.forEach(stored::addAll);
                // deserialised here, on the worker: the reader only reads and deals out
                List<? extends DomainEventMessage<?>> events = history.deserialize(stored);
                // by parcel again, as the events came out of the upcasters (which may drop or add some)
                int from = 0;
                for (int i = 1; i <= events.size(); i++) {
                    String parcelId = events.get(from).getAggregateIdentifier();
                    if (i == events.size() || !events.get(i).getAggregateIdentifier().equals(parcelId)) {
                        folding.add(events.subList(from, i));
                        from = i;
                    }
                }
                if (folding.full()) {
                    folding.write();
                    // rows a fold upserts (ledger_count) are shared with the other workers: locked for a batch only
                    session.commit();
                }
                runs.forEach(run -> run.done(events.size(), 0));
            }
            folding.write();
        });
    }

    /**
     * A worker's folds of every projection being rebuilt (or a catch-up's), on its connection: each parcel's events of
     * a batch are added together, and the batch is written at once. A batch the database refuses is written again
     * parcel by parcel and projection by projection, each within a savepoint, so that one event no row can hold stops
     * only its parcel in its projection, as it does the live processor ({@link ProjectionDeadLetterPolicy}): the parcel
     * is folded up to the event without which its rows are written, and that event and its later ones are set aside
     * for the projection's dead-letter queue ({@link RebuildDeadLetters}); later events of a parcel set aside join them.
     * A failure that is the database's rather than the event's (a lost connection) fails the rebuild.
     */
    private final class Folding {

        private final ShadowTables.Session session;
        private final List<String> groups;
        private final RebuildDeadLetters setAside;
        /** Whether each parcel's history comes whole, into tables without it ({@link RebuildFold#write}). */
        private final boolean fresh;
        private final List<List<? extends DomainEventMessage<?>>> batch = new ArrayList<>();
        private List<RebuildFold> folds;

        Folding(ShadowTables.Session session, Collection<String> groups, RebuildDeadLetters setAside, boolean fresh) {
            this.session = session;
            this.groups = List.copyOf(groups);
            this.setAside = setAside;
            this.fresh = fresh;
            this.folds = folds(this.groups, session);
        }

        /** A parcel's events, in order. */
        void add(List<? extends DomainEventMessage<?>> parcel) {
            batch.add(parcel);
            String parcelId = parcel.get(0).getAggregateIdentifier();
            for (int i = 0; i < groups.size(); i++) {
                String group = groups.get(i);
                if (setAside.holds(group, parcelId)) {
                    setAside.queueBehind(group, parcelId, handled(group, parcel));
                } else {
                    RebuildFold fold = folds.get(i);
                    parcel.forEach(event -> ShadowRebuild.add(fold, event));
                }
            }
        }

        boolean full() {
            return folds.stream().anyMatch(fold -> fold.pending() >= parcelsPerBatch);
        }

        void write() {
            try {
                session.attempt(() -> folds.forEach(fold -> fold.write(fresh)));
            } catch (RuntimeException failure) {
                if (!ProjectionDeadLetterPolicy.setsAside(failure)) {
                    throw failure;
                }
                folds = folds(groups, session); // the old ones hold the batch that failed
                batch.forEach(this::isolate);
            }
            batch.clear();
        }

        private void isolate(List<? extends DomainEventMessage<?>> parcel) {
            String parcelId = parcel.get(0).getAggregateIdentifier();
            for (String group : groups) {
                if (setAside.holds(group, parcelId)) {
                    continue; // queued behind its letters already (add)
                }
                RuntimeException whole = kept(() -> write(group, parcel));
                if (whole == null) {
                    continue;
                }
                // the shortest start of its events that fails ends with the event the processor would have failed on
                List<Integer> handled = handledAt(group, parcel);
                if (handled.isEmpty()) {
                    throw whole; // no event of it to set aside: not one event's failure
                }
                int failed = handled.get(handled.size() - 1);
                RuntimeException cause = whole;
                for (int i : handled.subList(0, handled.size() - 1)) {
                    List<? extends DomainEventMessage<?>> start = parcel.subList(0, i + 1);
                    RuntimeException failure = outcome(session.tryOut(() -> write(group, start)));
                    if (failure != null) {
                        failed = i;
                        cause = failure;
                        break;
                    }
                }
                int from = failed;
                session.attempt(() -> write(group, parcel.subList(0, from)));
                DomainEventMessage<?> first = parcel.get(from);
                setAside.setAside(group, parcelId, handled(group, parcel.subList(from, parcel.size())), cause);
                log.warn("rebuild of {}: parcel {} set aside from its event {} ({}) on: {}", group, parcelId,
                        first.getSequenceNumber(), first.getPayloadType().getSimpleName(), cause.getMessage());
            }
        }

        /** Writes and keeps, or returns the failure (taken back) unless it is the database's (then the rebuild's). */
        private RuntimeException kept(Runnable work) {
            try {
                session.attempt(work);
                return null;
            } catch (RuntimeException failure) {
                return outcome(failure);
            }
        }

        /** The failure of a try, unless it is the database's (then the rebuild's). */
        private static RuntimeException outcome(RuntimeException failure) {
            if (failure != null && !ProjectionDeadLetterPolicy.setsAside(failure)) {
                throw failure;
            }
            return failure;
        }

        private void write(String group, List<? extends DomainEventMessage<?>> events) {
            if (events.isEmpty()) {
                return;
            }
            RebuildFold fold = folds(List.of(group), session).get(0);
            events.forEach(event -> ShadowRebuild.add(fold, event));
            fold.write(fresh);
        }

        private List<? extends DomainEventMessage<?>> handled(String group, List<? extends DomainEventMessage<?>> parcel) {
            return handledAt(group, parcel).stream().map(i -> (DomainEventMessage<?>) parcel.get(i)).toList();
        }

        /** Where in the parcel's events are those the projection handles (and its processor would queue). */
        private List<Integer> handledAt(String group, List<? extends DomainEventMessage<?>> parcel) {
            List<Integer> handled = new ArrayList<>();
            for (int i = 0; i < parcel.size(); i++) {
                if (deadLetters.handles(group, parcel.get(i))) {
                    handled.add(i);
                }
            }
            return handled;
        }
    }

    private List<RebuildFold> folds(Collection<String> groups, ShadowTables.Session session) {
        return groups.stream().map(group -> projections.get(group)
                .rebuildInto(session.target(), CopyRows.into(session.target()), history)).toList();
    }

    private static void add(RebuildFold fold, DomainEventMessage<?> event) {
        fold.add(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getTimestamp(), event.getPayload());
    }

    /** A worker or the reader giving up because another one failed (that failure is the one reported). */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("abandoned after another part of the rebuild failed", null, false, false);
        }
    }
}
