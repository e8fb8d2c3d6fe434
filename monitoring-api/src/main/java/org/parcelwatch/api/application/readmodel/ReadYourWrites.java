package org.parcelwatch.api.application.readmodel;

import java.time.Duration;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for a caller who has just sent a command: waits, within a bound, until every projection has
 * processed the events stored when the wait began, so that the page (or read) that follows shows the command's
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
        long deadline = System.nanoTime() + bound.toNanos();
        boolean all = true;
        for (String group : ProjectionProcessing.GROUPS) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            all &= progress.awaitCaughtUp(group, left);
        }
        return all;
    }
}
