package org.parcelwatch.api.application.sweep;

import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.parcelwatch.api.application.CommandRetry;
import org.parcelwatch.api.store.axon.EventStreamPrefetch;
import org.parcelwatch.api.ParcelwatchProperties;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.DueCheckResult;
import org.parcelwatch.monitoring.sweep.DueRule;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.schedule.DueParcels;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * {@code parcelwatch.sweep.checks-per-transaction} parcels is checked in one transaction: each check is
 * still its own command in its own (nested) unit of work, but their event streams are read in one query
 * ({@link EventStreamPrefetch}) and their events appended together and committed once, which saves the
 * round trips to the database that dominate a check. If any check of a
 * group fails, the group's transaction is rolled back whole — nothing of it was stored — and its parcels
 * are checked again one by one, each in its own transaction, so that one failing parcel costs the others
 * nothing. A parcel whose check fails is logged and counted, and does not stop the sweep. Because the schedule is a projection, the
 * sweep first waits (up to {@code parcelwatch.sweep.catch-up-timeout}) for it to reflect every stored event.
 */
@Service
public class SweepService {

    private static final Logger log = LoggerFactory.getLogger(SweepService.class);
    private static final int LISTED_FAILURES = 20;

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final EventStreamPrefetch prefetch;
    private final DueParcels dueParcels;
    private final ClusterProjectionProgress projections;
    private final SweepRunLog runs;
    private final SweepMetrics metrics;
    private final Clock clock;
    private final ParcelwatchProperties.Sweep settings;
    private final ObjectProvider<Scheduler> scheduler;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;
    private volatile String node;

    public SweepService(CommandGateway commands, TransactionManager transactions, EventStreamPrefetch prefetch,
                        DueParcels dueParcels, ClusterProjectionProgress projections, SweepRunLog runs,
                        SweepMetrics metrics, Clock clock, ParcelwatchProperties properties,
                        ObjectProvider<Scheduler> scheduler) {
        this.commands = commands;
        this.transactions = transactions;
        this.prefetch = prefetch;
        this.dueParcels = dueParcels;
        this.projections = projections;
        this.runs = runs;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = properties.sweep();
        this.scheduler = scheduler;
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
        runs.started(runId, asOf, trigger, node(), startedAt);
        log.info("sweep {} ({}) as of {} started{}", runId, trigger, asOf,
                caughtUp ? "" : " on a monitoring schedule that has not caught up");

        Tally tally = new Tally();
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
                List<Future<?>> checks = new ArrayList<>();
                for (int from = 0; from < page.size(); from += settings.checksPerTransaction()) {
                    List<String> group = page.subList(from, Math.min(page.size(), from + settings.checksPerTransaction()));
                    checks.add(pool.submit(() -> checkTogether(group, asOf, tally, abandon)));
                }
                for (Future<?> check : checks) {
                    check.get();
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

        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        SweepResult result = tally.result(runId, asOf, trigger, node(), outcome, startedAt, durationMs, caughtUp);
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
     * A group of parcels in one transaction; counted only once it is committed. Any failure (a parcel that
     * cannot be checked, a concurrent change found at the append) rolls the whole group back and sends its
     * parcels to {@link #check} one by one: none of the group's checks was stored, so none is lost or doubled.
     */
    private void checkTogether(List<String> parcelIds, LocalDate asOf, Tally tally, AtomicBoolean abandon) {
        if (stopping || abandon.get()) {
            return;
        }
        if (parcelIds.size() > 1) {
            List<DueCheckResult> results = new ArrayList<>(parcelIds.size());
            UnitOfWork<?> group = DefaultUnitOfWork.startAndGet(null);
            try {
                group.attachTransaction(transactions);
                // the group's streams in one read instead of two per parcel
                prefetch.readAhead(parcelIds);
                for (String parcelId : parcelIds) {
                    // handled on this thread in a unit of work nested in the group's, joining its transaction
                    results.add(commands.sendAndWait(
                            new GenericCommandMessage<>(new CheckDuePoints(parcelId, asOf), AuditMetadata.sweep())));
                }
                group.commit();
                results.forEach(tally::checked);
                return;
            } catch (RuntimeException e) {
                if (group.isActive()) {
                    group.rollback(e);
                }
                log.debug("sweep checks of {} parcels from {} rolled back together; checking them one by one",
                        parcelIds.size(), parcelIds.get(0), e);
            }
        }
        parcelIds.forEach(parcelId -> check(parcelId, asOf, tally, abandon));
    }

    /** One parcel: a concurrent change (another node's sweep, a desk) is retried; anything else is counted. */
    private void check(String parcelId, LocalDate asOf, Tally tally, AtomicBoolean abandon) {
        if (stopping || abandon.get()) {
            return;
        }
        try {
            DueCheckResult result = CommandRetry.standard().send("sweep check of " + parcelId, () -> commands.sendAndWait(
                    new GenericCommandMessage<>(new CheckDuePoints(parcelId, asOf), AuditMetadata.sweep())));
            tally.checked(result);
        } catch (RuntimeException e) {
            log.warn("sweep check of parcel {} as of {} failed: {}", parcelId, asOf, e.toString(), e);
            tally.failed(parcelId);
        }
    }

    /** The Quartz instance id on a cluster, else host and process: who ran a sweep, in the run log. */
    String node() {
        String name = node;
        if (name == null) {
            name = processName();
            Scheduler quartz = scheduler.getIfAvailable();
            if (quartz != null) {
                try {
                    String instance = quartz.getSchedulerInstanceId();
                    if (instance != null && !"NON_CLUSTERED".equals(instance)) {
                        name = instance;
                    }
                } catch (SchedulerException e) {
                    log.debug("no Quartz instance id", e);
                }
            }
            node = name;
        }
        return name;
    }

    private static String processName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ManagementFactory.getRuntimeMXBean().getPid();
        } catch (Exception e) {
            return "pid " + ManagementFactory.getRuntimeMXBean().getPid();
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

    /** Counts shared by the checking threads. */
    private static final class Tally {

        private final Map<String, Integer> fired = new LinkedHashMap<>();
        private final List<String> failed = new ArrayList<>();
        private int checked;
        private int failures;

        Tally() {
            DueRule.ALL.forEach(rule -> fired.put(rule.name(), 0));
        }

        synchronized void checked(DueCheckResult result) {
            checked++;
            if (result != null) {
                result.fired().forEach((rule, count) -> fired.merge(rule, count, Integer::sum));
            }
        }

        synchronized void failed(String parcelId) {
            checked++;
            failures++;
            if (failed.size() < LISTED_FAILURES) {
                failed.add(parcelId);
            }
        }

        synchronized SweepResult result(String runId, LocalDate asOf, SweepTrigger trigger, String node,
                                        SweepResult.Outcome outcome, Instant startedAt, long durationMs, boolean caughtUp) {
            int total = fired.values().stream().mapToInt(Integer::intValue).sum();
            Collections.sort(failed);
            return new SweepResult(runId, asOf, trigger, node, outcome, startedAt, durationMs, caughtUp, checked, total,
                    fired, failures, failed);
        }
    }
}
