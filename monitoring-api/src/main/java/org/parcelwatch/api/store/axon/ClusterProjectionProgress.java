package org.parcelwatch.api.store.axon;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.parcelwatch.projections.ProjectionProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far a projection stands behind the event store across the whole cluster. {@code ProjectionAdmin}
 * sees only the segments this node has claimed (none, on a node that lost the race for them); here the
 * segments claimed elsewhere are read from their stored tokens, which their owners advance at least every
 * few seconds, and this node's own segments from their live status.
 */
@Component
public class ClusterProjectionProgress {

    private static final Logger log = LoggerFactory.getLogger(ClusterProjectionProgress.class);
    private static final long POLL_MILLIS = 50;

    private final Configuration axon;
    private final JdbcTemplate jdbc;
    private final TokenSchema schema;
    private final Serializer serializer;

    public ClusterProjectionProgress(Configuration axon, JdbcTemplate jdbc, TokenSchema schema, Serializer serializer) {
        this.axon = axon;
        this.jdbc = jdbc;
        this.schema = schema;
        this.serializer = serializer;
    }

    /**
     * @param position the lowest position over all segments, -1 when a segment has not started (or none exists)
     */
    public record Standing(String projection, long head, long position, int segments) {

        public boolean caughtUp() {
            return segments > 0 && position >= head;
        }

        public long behind() {
            return Math.max(0, head - position);
        }
    }

    /** The global index of the newest event, -1 for an empty store. */
    public long head() {
        return position(axon.eventStore().createHeadToken()).orElse(-1L);
    }

    public Standing standing(String projection) {
        return standing(projection, head());
    }

    public Standing standing(String projection, long head) {
        Map<Integer, Long> positions = new HashMap<>();
        jdbc.query("select " + schema.segmentColumn() + ", " + schema.tokenColumn() + ", " + schema.tokenTypeColumn()
                        + " from " + schema.tokenTable() + " where " + schema.processorNameColumn() + " = ?",
                rs -> {
                    int segment = rs.getInt(1);
                    positions.put(segment, stored(projection, segment, rs.getBytes(2), rs.getString(3)));
                }, projection);
        local(projection).forEach((segment, status) -> {
            if (status.isErrorState()) {
                positions.put(segment, -1L);
            } else {
                position(status.getTrackingToken()).ifPresent(p -> positions.merge(segment, p, Math::max));
            }
        });
        long lowest = positions.values().stream().mapToLong(Long::longValue).min().orElse(-1L);
        return new Standing(projection, head, lowest, positions.size());
    }

    /**
     * Waits, at most {@code timeout}, until the projection has processed every event stored when the wait
     * began (later events do not extend the wait).
     */
    public boolean awaitCaughtUp(String projection, Duration timeout) {
        return awaitPosition(projection, head(), timeout);
    }

    /**
     * Waits, at most {@code timeout}, until the projection has processed the events up to {@code position} (a
     * position from {@link #head()}: read-your-writes after a command).
     */
    public boolean awaitPosition(String projection, long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Standing standing = standing(projection, position);
            if (position < 0 || standing.caughtUp()) {
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                log.warn("projection {} is still {} events behind position {} after {}", projection, standing.behind(),
                        position, timeout);
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private long stored(String projection, int segment, byte[] token, String tokenType) {
        if (token == null || tokenType == null) {
            return -1L;
        }
        try {
            TrackingToken tracking = new GenericTokenEntry<>(token, tokenType, null, null, projection, segment, byte[].class)
                    .getToken(serializer);
            return position(tracking).orElse(-1L);
        } catch (RuntimeException e) {
            log.debug("cannot read the stored token of {} segment {}", projection, segment, e);
            return -1L;
        }
    }

    private Map<Integer, EventTrackerStatus> local(String projection) {
        try {
            PooledStreamingEventProcessor processor = ProjectionProcessing.processor(axon, projection);
            return processor.processingStatus();
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
