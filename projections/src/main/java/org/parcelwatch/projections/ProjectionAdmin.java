package org.parcelwatch.projections;

import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.stereotype.Service;

/** Rebuilding a projection and watching its progress (DESIGN §4 admin replay). */
@Service
public class ProjectionAdmin {

    private final Configuration axon;

    public ProjectionAdmin(Configuration axon) {
        this.axon = axon;
    }

    /** Where a projection stands against the head of the event stream. */
    public record Progress(String projection, long position, long head, boolean replaying, boolean caughtUp,
                           int segmentsClaimed, boolean running) {
    }

    /**
     * Clears the projection's tables (its reset handler) and replays every event into it. On several
     * nodes this runs where it is called; the others release their segments when the tokens are reset.
     */
    public Progress replay(String projection) {
        PooledStreamingEventProcessor processor = ProjectionProcessing.processor(axon, projection);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return progress(projection);
    }

    public Progress progress(String projection) {
        PooledStreamingEventProcessor processor = ProjectionProcessing.processor(axon, projection);
        long head = position(axon.eventStore().createHeadToken()).orElse(-1L);
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        long position = status.isEmpty() ? -1 : status.values().stream()
                .mapToLong(s -> position(s.getTrackingToken()).orElse(-1L)).min().orElse(-1L);
        boolean replaying = status.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        // Not "!replaying": a replay token stays marked until an event beyond its reset point arrives,
        // so a fully rebuilt, idle projection would never count as caught up.
        boolean caughtUp = !status.isEmpty() && position >= head
                && status.values().stream().noneMatch(EventTrackerStatus::isErrorState);
        return new Progress(projection, position, head, replaying, caughtUp, status.size(), processor.isRunning());
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }

}
