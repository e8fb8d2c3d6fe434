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
import org.parcelwatch.projections.ProjectionProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

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
                                       DeadLetterAdmin deadLetters, ShadowRebuild shadowRebuild, ReplayProgress progress) {
        this.axon = axon;
        this.tokenStore = tokenStore;
        this.cluster = cluster;
        this.jdbc = jdbc;
        this.clock = clock;
        this.releaseTimeout = releaseTimeout;
        this.deadLetters = deadLetters;
        this.shadowRebuild = shadowRebuild;
        this.progress = progress;
    }

    /**
     * A projection across the cluster: the lowest position of all its segments (stored tokens of other
     * nodes included) against the head of the event store, the state of the last replay request, and the events
     * waiting in its dead-letter queue ({@link DeadLetterAdmin}): a projection is caught up with those still missing.
     */
    public record Progress(String projection, long head, long position, int segments, boolean caughtUp,
                           boolean runningHere, String replayState, long replayGeneration, long deadLetters,
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
        return new Progress(projection, standing.head(), standing.position(), standing.segments(), standing.caughtUp(),
                ProjectionProcessing.processor(axon, projection).isRunning(),
                replay.isEmpty() ? null : (String) replay.get(0).get("state"),
                replay.isEmpty() ? 0 : ((Number) replay.get(0).get("generation")).longValue(),
                deadLetters.count(projection), progress.figures(projection));
    }

    /**
     * Rebuilds the projection from every event; returns at once with the progress. Where it can
     * ({@link ShadowRebuild}), the tables are built beside the live ones, which answer until the switch; otherwise
     * its tables are cleared and its processor replays every event into them.
     */
    public synchronized Progress replay(String projection, String requestedBy) {
        requireKnown(projection);
        refuseRunning(List.of(projection));
        if (shadowRebuild.handles(projection)) {
            startShadowRebuild(List.of(projection), requestedBy);
        } else {
            resetAndReplay(projection, requestedBy);
        }
        return standing(projection);
    }

    /**
     * Rebuilds every projection; returns at once with their progress. Those that can are rebuilt together into
     * shadow tables from ONE read of the event store ({@link ShadowRebuild}: each gets its own shadow schema and its
     * own progress, and all are switched in in one transaction); the others are cleared and replayed by their
     * processors meanwhile. 409 if any of them is being rebuilt on this node.
     */
    public synchronized List<Progress> replayAll(String requestedBy) {
        refuseRunning(ProjectionProcessing.GROUPS);
        List<String> shadowed = ProjectionProcessing.GROUPS.stream().filter(shadowRebuild::handles).toList();
        if (!shadowed.isEmpty()) {
            startShadowRebuild(shadowed, requestedBy);
        }
        for (String projection : ProjectionProcessing.GROUPS) {
            if (!shadowed.contains(projection)) {
                resetAndReplay(projection, requestedBy);
            }
        }
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
    private void resetAndReplay(String projection, String requestedBy) {
        long generation = nextGeneration(projection);
        seen.put(projection, generation);
        upsert(projection, generation, "REQUESTED", requestedBy);
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
    private void startShadowRebuild(List<String> projections, String requestedBy) {
        long head = shadowRebuild.head();
        Map<String, ReplayProgress.Run> runs = new LinkedHashMap<>();
        for (String projection : projections) {
            long generation = nextGeneration(projection);
            seen.put(projection, generation);
            upsert(projection, generation, "BUILDING", requestedBy);
            runs.put(projection, progress.start(projection, head));
            log.info("projection {} rebuild into shadow tables requested by {} (generation {})", projection, requestedBy, generation);
        }
        rebuilds.execute(() -> rebuildInShadow(runs, head));
    }

    /**
     * Builds the shadows while everything runs, catches up with the events that came meanwhile, then stops the
     * projections on every node (REQUESTED) for the last events and the switch, which moves their tokens to where the
     * new tables end; after it (RESET) every node goes on from there. The projections of one request are built from
     * one read and switched together: a failure of any leaves the live tables of all as they were.
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
            projections.forEach(deadLetters::clear);
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

    private long nextGeneration(String projection) {
        List<Long> current = jdbc.queryForList("select generation from projection_replay where projection = ?", Long.class,
                projection);
        return current.isEmpty() ? 1 : current.get(0) + 1;
    }

    private void upsert(String projection, long generation, String state, String requestedBy) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update projection_replay set generation = ?, state = ?, requested_at = ?, requested_by = ?,"
                + " reset_at = null where projection = ?", generation, state, now, requestedBy, projection);
        if (updated == 0) {
            jdbc.update("insert into projection_replay (projection, generation, state, requested_at, requested_by)"
                    + " values (?, ?, ?, ?, ?)", projection, generation, state, now, requestedBy);
        }
    }

    static void requireKnown(String projection) {
        if (!ProjectionProcessing.GROUPS.contains(projection)) {
            throw new AuditProblem(HttpStatus.NOT_FOUND, "PROJECTION_NOT_FOUND",
                    "no projection named " + projection + "; known: " + ProjectionProcessing.GROUPS);
        }
    }
}
