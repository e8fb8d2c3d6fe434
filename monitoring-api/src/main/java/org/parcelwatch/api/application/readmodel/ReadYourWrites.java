package org.parcelwatch.api.application.readmodel;

import java.time.Duration;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for a caller who has just sent a command: waits, within a bound, until every projection has
 * processed a command's events (the position the command's answer gave, or the store's head), so that the page (or read) that follows shows the command's
 * effect. Past the bound the read goes ahead and may be a moment stale; nothing is lost, the projection catches up.
 */
@Component
public class ReadYourWrites {

    private final ClusterProjectionProgress progress;
    private final Duration bound;

    public ReadYourWrites(ClusterProjectionProgress progress,
                          @Value("${parcelwatch.read-your-writes.timeout:5s}") Duration bound) {
        this.progress = progress;
        this.bound = bound;
    }

    /** @return whether every projection caught up within the bound */
    public boolean awaitProjections() {
        return awaitPosition(position());
    }

    /**
     * The event store's position now (the global index of its newest event, -1 when empty): just after a command,
     * a position that includes the command's events. The API gives it with each command's answer.
     */
    public long position() {
        return progress.head();
    }

    /**
     * Waits, within the bound, until every projection has processed the events up to {@code position}; at once when
     * they have. A position ahead of the store (a client's mistake) is taken as the store's head: nothing waits for
     * events that do not exist.
     *
     * @return whether every projection got there within the bound
     */
    public boolean awaitPosition(long requested) {
        long position = Math.min(requested, position());
        long deadline = System.nanoTime() + bound.toNanos();
        for (String group : ProjectionProcessing.GROUPS) {
            if (!progress.awaitPosition(group, position, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return false;
            }
        }
        return true;
    }
}
