package org.parcelwatch.api.application.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.parcelwatch.api.application.audit.AuditProblem;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.api.store.axon.NodeName;
import org.parcelwatch.projections.ProjectionProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection on a running cluster. A reset needs every segment's token, so the nodes
 * that hold segments must let go first: the requesting node records the request in
 * {@code projection_replay}, each node's watcher stops its processor when it sees a new request and
 * starts it again when the row says RESET. On a single node the watcher has nothing to do. A rebuild into shadow
 * tables ({@link ShadowRebuild}) says BUILDING first, while every node goes on processing, and REQUESTED only for the
 * switch.
 *
 * <p>Several projections are rebuilt together when the admin asks for all of them ({@link #replayAll}): those that
 * can be are built from one read of the event store, each in its own shadow schema with its own progress and its own
 * {@code projection_replay} row, and switched in together (all REQUESTED, one transaction, all RESET). A request for
 * one projection is a rebuild of one; requests are not merged after the fact, and the rebuild thread runs one
 * rebuild at a time (a second request waits, BUILDING, for the first to end).
 *
 * <p>One node runs a projection's rebuild: the request claims its {@code projection_replay} row for this node in one
 * transaction with the other projections of the request, and a request on any node while the row is claimed gets 409
 * {@code REPLAY_RUNNING}. The running node beats on the row ({@link #watch}); a claim whose node has not beaten for
 * {@code parcelwatch.projections.replay-stale-after} (its node died) may be taken by a new request.
 */
@Service
public class ProjectionReplayCoordinator {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayCoordinator.class);

    private final Configuration axon;
    private final TokenStore tokenStore;
    private final ClusterProjectionProgress cluster;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration releaseTimeout;
    private final DeadLetterAdmin deadLetters;
    private final ShadowRebuild shadowRebuild;
    private final ReplayProgress progress;
    private final NodeName node;
    private final TransactionTemplate transactions;
    private final Duration staleAfter;
    /** Liveness of a claim is wall-clock time, not the business clock (which a demo may move). */
    private final Clock wallClock = Clock.systemUTC();
    /** Shadow rebuilds run here, one at a time, while the request returns at once. */
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** The generation of each projection this node has acted on. */
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    /** Projections this node stopped for another node's replay, to start again after it. */
    private final Map<String, Long> pausedFor = new ConcurrentHashMap<>();

    public ProjectionReplayCoordinator(Configuration axon, TokenStore tokenStore, ClusterProjectionProgress cluster, JdbcTemplate jdbc, Clock clock,
                                       @Value("${parcelwatch.projections.replay-release-timeout:30s}") Duration releaseTimeout,
                                       DeadLetterAdmin deadLetters, ShadowRebuild shadowRebuild, ReplayProgress progress,
                                       NodeName node, PlatformTransactionManager transactionManager,
                                       @Value("${parcelwatch.projections.replay-stale-after:2m}") Duration staleAfter) {
        this.axon = axon;
        this.tokenStore = tokenStore;
        this.cluster = cluster;
        this.jdbc = jdbc;
        this.clock = clock;
        this.releaseTimeout = releaseTimeout;
        this.deadLetters = deadLetters;
        this.shadowRebuild = shadowRebuild;
        this.progress = progress;
        this.node = node;
        this.transactions = new TransactionTemplate(transactionManager);
        this.staleAfter = staleAfter;
    }

    /**
     * A projection across the cluster: the lowest position of all its segments (stored tokens of other
     * nodes included) against the head of the event store, the state of the last replay request, and the events
     * waiting in its dead-letter queue ({@link DeadLetterAdmin}): a projection is caught up with those still missing.
     * {@code deadLetterParcels} of at most {@code maxDeadLetterParcels}: with the queue full
     * ({@code deadLettersFull}) the projection stops at the next event it cannot handle, until letters are retried
     * or evicted.
     */
    public record Progress(String projection, long head, long position, int segments, boolean caughtUp,
                           boolean runningHere, String replayState, long replayGeneration, long deadLetters,
                           long deadLetterParcels, long maxDeadLetterParcels, boolean deadLettersFull,
                           ReplayProgress.Figures rebuild) {
    }

    public List<Progress> all() {
        return ProjectionProcessing.GROUPS.stream().map(this::standing).toList();
    }

    public Progress progress(String projection) {
        requireKnown(projection);
        return standing(projection);
    }

    private Progress standing(String projection) {
        ClusterProjectionProgress.Standing standing = cluster.standing(projection);
        List<Map<String, Object>> replay = jdbc.queryForList(
                "select state, generation from projection_replay where projection = ?", projection);
        DeadLetterAdmin.Standing letters = deadLetters.standing(projection);
        return new Progress(projection, standing.head(), standing.position(), standing.segments(), standing.caughtUp(),
                ProjectionProcessing.processor(axon, projection).isRunning(),
                replay.isEmpty() ? null : (String) replay.get(0).get("state"),
                replay.isEmpty() ? 0 : ((Number) replay.get(0).get("generation")).longValue(),
                letters.letters(), letters.parcels(), letters.maxParcels(), letters.full(), progress.figures(projection));
    }

    /**
     * Rebuilds the projection from every event; returns at once with the progress. Where it can
     * ({@link ShadowRebuild}), the tables are built beside the live ones, which answer until the switch; otherwise
     * its tables are cleared and its processor replays every event into them.
     */
    public synchronized Progress replay(String projection, String requestedBy) {
        requireKnown(projection);
        refuseRunning(List.of(projection));
        boolean shadowed = shadowRebuild.handles(projection);
        Map<String, Long> generations = claim(Map.of(projection, shadowed ? "BUILDING" : "REQUESTED"), requestedBy);
        if (shadowed) {
            startShadowRebuild(generations, requestedBy);
        } else {
            resetAndReplay(projection, generations.get(projection), requestedBy);
        }
        return standing(projection);
    }

    /**
     * Rebuilds every projection; returns at once with their progress. Those that can are rebuilt together into
     * shadow tables from ONE read of the event store ({@link ShadowRebuild}: each gets its own shadow schema and its
     * own progress, and all are switched in in one transaction); the others are cleared and replayed by their
     * processors meanwhile. 409, and nothing started, if any of them is being rebuilt in the cluster.
     */
    public synchronized List<Progress> replayAll(String requestedBy) {
        refuseRunning(ProjectionProcessing.GROUPS);
        Map<String, String> states = new LinkedHashMap<>();
        ProjectionProcessing.GROUPS.forEach(projection ->
                states.put(projection, shadowRebuild.handles(projection) ? "BUILDING" : "REQUESTED"));
        Map<String, Long> generations = claim(states, requestedBy);
        Map<String, Long> shadowed = new LinkedHashMap<>(generations);
        shadowed.keySet().removeIf(projection -> !shadowRebuild.handles(projection));
        if (!shadowed.isEmpty()) {
            startShadowRebuild(shadowed, requestedBy);
        }
        generations.forEach((projection, generation) -> {
            if (!shadowed.containsKey(projection)) {
                resetAndReplay(projection, generation, requestedBy);
            }
        });
        return all();
    }

    private void refuseRunning(List<String> projections) {
        for (String projection : projections) {
            if (progress.running(projection)) {
                throw new AuditProblem(HttpStatus.CONFLICT, "REPLAY_RUNNING", "a rebuild of " + projection + " is under way");
            }
        }
    }

    /** Its tables cleared and every event replayed by its processor, the other nodes pausing it while its tokens are reset. */
    private void resetAndReplay(String projection, long generation, String requestedBy) {
        seen.put(projection, generation);
        PooledStreamingEventProcessor processor = ProjectionProcessing.processor(axon, projection);
        processor.shutDown();
        try {
            awaitSegmentsReleased(projection);
            progress.start(projection, cluster.head(), () -> cluster.standing(projection).position());
            processor.resetTokens();
            // the reset claimed every segment here; let go so the other nodes can take their share at once
            releaseSegments(projection);
            log.info("projection {} reset by {} (generation {}); replaying", projection, requestedBy, generation);
        } catch (UnableToClaimTokenException e) {
            throw new AuditProblem(HttpStatus.CONFLICT, "REPLAY_BLOCKED",
                    "another node still holds segments of " + projection + "; try again shortly");
        } finally {
            markReset(projection);
            processor.start();
        }
    }

    /**
     * One shadow rebuild of {@code projections}, queued on the rebuild thread: each is BUILDING at once (the other
     * nodes go on processing it), with its own progress counted from the same head.
     */
    private void startShadowRebuild(Map<String, Long> generations, String requestedBy) {
        long head = shadowRebuild.head();
        Map<String, ReplayProgress.Run> runs = new LinkedHashMap<>();
        for (String projection : generations.keySet()) {
            long generation = generations.get(projection);
            seen.put(projection, generation);
            runs.put(projection, progress.start(projection, head));
            log.info("projection {} rebuild into shadow tables requested by {} (generation {})", projection, requestedBy, generation);
        }
        rebuilds.execute(() -> rebuildInShadow(runs, head));
    }

    /**
     * Builds the shadows while everything runs, catches up with the events that came meanwhile, then stops the
     * projections on every node (REQUESTED) for the last events and the switch, which moves their tokens to where the
     * new tables end, and their dead letters become what the rebuild set aside; after it (RESET) every node goes on from
     * there. The projections of one request are built from one read and switched together: a failure of any (other
     * than an event whose rows are refused, which sets its parcel aside) leaves the live tables of all as they were.
     */
    private void rebuildInShadow(Map<String, ReplayProgress.Run> runs, long head) {
        List<String> projections = List.copyOf(runs.keySet());
        List<PooledStreamingEventProcessor> processors = projections.stream()
                .map(projection -> ProjectionProcessing.processor(axon, projection)).toList();
        ShadowRebuild.Building building = null;
        boolean stopped = false;
        try {
            building = shadowRebuild.build(runs, head);
            building.catchUp(runs);
            projections.forEach(projection -> jdbc.update("update projection_replay set state = 'REQUESTED' where projection = ?",
                    projection));
            stopped = true;
            processors.stream().map(PooledStreamingEventProcessor::shutdownAsync).toList().forEach(CompletableFuture::join);
            projections.forEach(this::awaitSegmentsReleased);
            building.finish(runs, (projection, token) -> {
                for (int segment : tokenStore.fetchSegments(projection)) {
                    tokenStore.fetchToken(projection, segment); // claims it, or fails if another node still holds it
                    tokenStore.storeToken(token, projection, segment);
                    tokenStore.releaseClaim(projection, segment);
                }
            });
            building = null;
            runs.values().forEach(ReplayProgress.Run::finish);
            projections.forEach(projection -> log.info("projection {} rebuilt in shadow tables and switched in: {}",
                    projection, progress.figures(projection)));
        } catch (RuntimeException e) {
            log.error("rebuild of projections {} failed; the live tables stay as they were", projections, e);
            runs.values().forEach(run -> run.fail(String.valueOf(e.getMessage())));
            if (building != null) {
                building.abandon();
            }
        } finally {
            projections.forEach(this::markReset);
            for (PooledStreamingEventProcessor processor : processors) {
                if (stopped || !processor.isRunning()) {
                    processor.start();
                }
            }
        }
    }

    private void releaseSegments(String projection) {
        for (int segment : tokenStore.fetchSegments(projection)) {
            tokenStore.releaseClaim(projection, segment);
        }
    }

    private void markReset(String projection) {
        jdbc.update("update projection_replay set state = 'RESET', reset_at = ? where projection = ?",
                Timestamp.from(clock.instant()), projection);
    }

    @PreDestroy
    void stopRebuilds() {
        rebuilds.shutdownNow();
    }

    /** Lets other nodes' replays through: stop on a new request, start again once it is reset. */
    @Scheduled(fixedDelayString = "${parcelwatch.projections.replay-watch-interval:1000}")
    public void watch() {
        beat();
        for (Map<String, Object> row : jdbc.queryForList("select projection, generation, state from projection_replay")) {
            String projection = (String) row.get("projection");
            long generation = ((Number) row.get("generation")).longValue();
            if (!ProjectionProcessing.GROUPS.contains(projection) || generation <= seen.getOrDefault(projection, 0L)) {
                continue;
            }
            PooledStreamingEventProcessor processor = ProjectionProcessing.processor(axon, projection);
            if ("BUILDING".equals(row.get("state"))) {
                continue; // a shadow rebuild elsewhere: this node goes on processing until the switch
            }
            if ("REQUESTED".equals(row.get("state"))) {
                if (!pausedFor.containsKey(projection)) {
                    log.info("pausing projection {} for a replay requested elsewhere (generation {})", projection, generation);
                    pausedFor.put(projection, generation);
                    processor.shutDown();
                }
            } else {
                seen.put(projection, generation);
                if (pausedFor.remove(projection) != null || !processor.isRunning()) {
                    processor.start();
                }
            }
        }
    }

    private void awaitSegmentsReleased(String projection) {
        Instant deadline = Instant.now().plus(releaseTimeout);
        while (Instant.now().isBefore(deadline)) {
            Integer held = jdbc.queryForObject(
                    "select count(*) from token_entry where processor_name = ? and owner is not null", Integer.class, projection);
            if (held == null || held == 0) {
                return;
            }
            try {
                Thread.sleep(200); // polling the token table with a deadline; no event to wait on across nodes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // claims of a node that died expire; the reset below takes them or reports REPLAY_BLOCKED
    }

    /**
     * Claims the rows of the projections for this node, all or none, in one transaction: the next generation of each,
     * in its state. 409 REPLAY_RUNNING if another request holds any of them and its node still beats.
     */
    private Map<String, Long> claim(Map<String, String> states, String requestedBy) {
        Timestamp requestedAt = Timestamp.from(clock.instant());
        Timestamp now = Timestamp.from(wallClock.instant());
        Timestamp staleBefore = Timestamp.from(wallClock.instant().minus(staleAfter));
        try {
            return transactions.execute(status -> {
                Map<String, Long> generations = new LinkedHashMap<>();
                for (Map.Entry<String, String> claim : states.entrySet()) {
                    String projection = claim.getKey();
                    String state = claim.getValue();
                    int claimed = jdbc.update("update projection_replay set generation = generation + 1, state = ?,"
                            + " requested_at = ?, requested_by = ?, reset_at = null, node = ?, heartbeat_at = ?"
                            + " where projection = ? and (state = 'RESET' or heartbeat_at is null or heartbeat_at < ?)",
                            state, requestedAt, requestedBy, node.value(), now, projection, staleBefore);
                    if (claimed == 0) {
                        List<Map<String, Object>> holder = jdbc.queryForList(
                                "select node, state from projection_replay where projection = ?", projection);
                        if (!holder.isEmpty()) {
                            throw running(projection, holder.get(0).get("node"));
                        }
                        jdbc.update("insert into projection_replay (projection, generation, state, requested_at,"
                                + " requested_by, node, heartbeat_at) values (?, 1, ?, ?, ?, ?, ?)",
                                projection, state, requestedAt, requestedBy, node.value(), now);
                    }
                    generations.put(projection, jdbc.queryForObject(
                            "select generation from projection_replay where projection = ?", Long.class, projection));
                }
                return generations;
            });
        } catch (DuplicateKeyException e) {
            throw running(states.keySet().toString(), "another node"); // two first requests at once: the other one won
        }
    }

    private static AuditProblem running(String projection, Object node) {
        return new AuditProblem(HttpStatus.CONFLICT, "REPLAY_RUNNING",
                "a rebuild of " + projection + " is under way on " + node);
    }

    /** The claims of the rebuilds running here are still alive. */
    private void beat() {
        Timestamp now = Timestamp.from(wallClock.instant());
        for (String projection : ProjectionProcessing.GROUPS) {
            if (progress.running(projection)) {
                jdbc.update("update projection_replay set heartbeat_at = ? where projection = ? and node = ?"
                        + " and state <> 'RESET'", now, projection, node.value());
            }
        }
    }

    static void requireKnown(String projection) {
        if (!ProjectionProcessing.GROUPS.contains(projection)) {
            throw new AuditProblem(HttpStatus.NOT_FOUND, "PROJECTION_NOT_FOUND",
                    "no projection named " + projection + "; known: " + ProjectionProcessing.GROUPS);
        }
    }
}
