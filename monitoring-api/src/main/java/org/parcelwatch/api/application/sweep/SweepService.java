package org.parcelwatch.api.application.sweep;

import org.parcelwatch.api.application.patrol.MonthlyPatrolDraw;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.parcelwatch.api.ParcelwatchProperties;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.schedule.DueParcels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The sweep (DESIGN §3): reads the monitoring schedule for the parcels with a point due as of a day and
 * sends each one {@link CheckDuePoints}, which fires whatever is due and nothing that already happened.
 * So a sweep can be re-run, run late after downtime (it catches up every day missed), run on two nodes at
 * once, or be cut off half way: the next one does the rest, and no notice is issued twice.
 *
 * <p>The schedule is read in pages of {@code parcelwatch.sweep.batch-size} parcel ids ({@link DueParcels}), and each
 * page is checked with {@code parcelwatch.sweep.concurrency} groups in flight. A group of
 * {@code parcelwatch.sweep.checks-per-transaction} parcels is checked in one transaction, and one by one if that
 * fails ({@link SweepChecks}), so that one failing parcel costs the others nothing. A parcel whose check fails is
 * logged and counted ({@link SweepTally}), and does not stop the sweep. Because the schedule is a projection, the
 * sweep first waits (up to {@code parcelwatch.sweep.catch-up-timeout}) for it to reflect every stored event.
 *
 * <p>This class keeps the sweep's order: one sweep at a time per node (its lock), the page loop and its thread
 * pool, stopping when the application closes, and the run log and metrics of each run ({@link SweepNode} names
 * the node in them).
 */
@Service
public class SweepService {

    private static final Logger log = LoggerFactory.getLogger(SweepService.class);

    private final SweepChecks checks;
    private final DueParcels dueParcels;
    private final ClusterProjectionProgress projections;
    private final SweepRunLog runs;
    private final SweepMetrics metrics;
    private final Clock clock;
    private final ParcelwatchProperties.Sweep settings;
    private final SweepNode node;
    private final MonthlyPatrolDraw patrolDraw;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;

    public SweepService(SweepChecks checks, DueParcels dueParcels, ClusterProjectionProgress projections,
                        SweepRunLog runs, SweepMetrics metrics, Clock clock, ParcelwatchProperties properties,
                        SweepNode node, MonthlyPatrolDraw patrolDraw) {
        this.patrolDraw = patrolDraw;
        this.checks = checks;
        this.dueParcels = dueParcels;
        this.projections = projections;
        this.runs = runs;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = properties.sweep();
        this.node = node;
    }

    /** Thrown for an {@code asOf} after today: the aggregate refuses to look into the future. */
    public static class AsOfInFutureException extends RuntimeException {

        AsOfInFutureException(LocalDate asOf, LocalDate today) {
            super("asOf " + asOf + " lies after today " + today);
        }
    }

    /**
     * Sweeps now unless a sweep is already running on this node ({@code POST /api/v1/admin/sweeps}).
     *
     * @param asOf the day to sweep as of, today when null; not after today
     * @throws SweepInProgressException when this node is already sweeping
     */
    public SweepResult sweepNow(LocalDate asOf) {
        if (!running.tryLock()) {
            throw new SweepInProgressException();
        }
        try {
            return run(asOf, SweepTrigger.MANUAL);
        } finally {
            running.unlock();
        }
    }

    /**
     * Sweeps as of {@code asOf} (today when null) as soon as a sweep running on this node has finished,
     * waiting at most {@code patience} for it (the import, which must not skip a day).
     *
     * @throws SweepInProgressException when the running sweep outlasts {@code patience}
     */
    public SweepResult sweepWhenFree(LocalDate asOf, Duration patience) throws InterruptedException {
        if (!running.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new SweepInProgressException();
        }
        try {
            return run(asOf, SweepTrigger.MANUAL);
        } finally {
            running.unlock();
        }
    }

    /** Whether a sweep holds this node's sweep lock (it may still be waiting for the schedule to catch up). */
    boolean isRunning() {
        return running.isLocked();
    }

    /** Sweeps as of today, after any sweep running on this node (the daily job). */
    public SweepResult sweep(SweepTrigger trigger) throws InterruptedException {
        running.lockInterruptibly();
        try {
            return run(null, trigger);
        } finally {
            running.unlock();
        }
    }

    /** The context is closing: a running sweep stops after the checks in flight, the next sweep does the rest. */
    @EventListener(ContextClosedEvent.class)
    public void stop() {
        stopping = true;
    }

    private SweepResult run(LocalDate requestedAsOf, SweepTrigger trigger) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = requestedAsOf == null ? today : requestedAsOf;
        if (asOf.isAfter(today)) {
            throw new AsOfInFutureException(asOf, today);
        }
        Instant startedAt = clock.instant();
        String runId = UUID.randomUUID().toString();
        boolean caughtUp = projections.awaitCaughtUp(ParcelLedgerProjection.GROUP, settings.catchUpTimeout());
        runs.started(runId, asOf, trigger, node.name(), startedAt);
        log.info("sweep {} ({}) as of {} started{}", runId, trigger, asOf,
                caughtUp ? "" : " on a monitoring schedule that has not caught up");

        SweepTally tally = new SweepTally();
        AtomicBoolean abandon = new AtomicBoolean();
        SweepResult.Outcome outcome = SweepResult.Outcome.COMPLETED;
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), threads(runId));
        try {
            DueParcels.Pages due = dueParcels.asOf(asOf, settings.batchSize());
            while (true) {
                if (stopping || Thread.currentThread().isInterrupted()) {
                    outcome = SweepResult.Outcome.INTERRUPTED;
                    break;
                }
                List<String> page = due.next();
                if (page.isEmpty()) {
                    break;
                }
                List<Future<?>> groups = new ArrayList<>();
                for (int from = 0; from < page.size(); from += settings.checksPerTransaction()) {
                    List<String> group = page.subList(from, Math.min(page.size(), from + settings.checksPerTransaction()));
                    groups.add(pool.submit(() -> checks.checkTogether(group, asOf, tally,
                            () -> stopping || abandon.get())));
                }
                for (Future<?> group : groups) {
                    group.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = SweepResult.Outcome.INTERRUPTED;
        } catch (ExecutionException | RuntimeException e) {
            // the schedule could not be read, or a check broke outside its own error handling
            outcome = SweepResult.Outcome.FAILED;
            log.error("sweep {} as of {} failed; the next sweep does what it left", runId, asOf,
                    e instanceof ExecutionException ? e.getCause() : e);
        } finally {
            abandon.set(true);
            pool.shutdown();
            awaitTermination(pool);
        }

        if (outcome == SweepResult.Outcome.COMPLETED && MonthlyPatrolDraw.isDrawDay(asOf)) {
            drawMonthlyPatrols(asOf);
        }

        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        SweepResult result = tally.result(runId, asOf, trigger, node.name(), outcome, startedAt, durationMs, caughtUp);
        try {
            runs.finished(result, clock.instant());
        } catch (RuntimeException e) {
            log.error("sweep {} could not be recorded as {}", runId, outcome, e);
        }
        metrics.record(result);
        log.info("sweep {} as of {} {}: {} parcels checked, {} rules fired {}, {} failures, {} ms", runId, asOf,
                result.outcome(), result.parcelsChecked(), result.fired(), result.countsPerRule(), result.failures(),
                durationMs);
        return result;
    }

    /**
     * The first day of a month draws its cross patrols and spot checks (DESIGN §6.6), after the day's checks. A draw
     * that fails does not fail the sweep: an admin can run it again (POST /api/v1/admin/patrol-draws).
     */
    private void drawMonthlyPatrols(LocalDate asOf) {
        try {
            patrolDraw.draw(java.time.YearMonth.from(asOf));
        } catch (RuntimeException e) {
            log.error("the patrol draw of {} failed; run it again with POST /api/v1/admin/patrol-draws", asOf, e);
        }
    }

    private static ThreadFactory threads(String runId) {
        AtomicInteger n = new AtomicInteger();
        String prefix = "sweep-" + runId.substring(0, 8) + "-";
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("sweep threads still busy after 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
