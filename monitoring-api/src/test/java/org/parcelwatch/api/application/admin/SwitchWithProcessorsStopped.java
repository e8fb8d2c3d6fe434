package org.parcelwatch.api.application.admin;

import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.parcelwatch.projections.ProjectionProcessing;

/**
 * A rebuild's switch on one node as the coordinator does it: the projections' processors stopped, the last events and
 * the switch ({@link ShadowRebuild.Building#finish}) with every segment's token set where the new tables end, and the
 * processors started again.
 */
final class SwitchWithProcessorsStopped {

    private SwitchWithProcessorsStopped() {
    }

    static void finish(ShadowRebuild.Building building, Map<String, ReplayProgress.Run> runs, Configuration axon,
                       TokenStore tokenStore) {
        List<PooledStreamingEventProcessor> processors = runs.keySet().stream()
                .map(group -> ProjectionProcessing.processor(axon, group)).toList();
        processors.forEach(PooledStreamingEventProcessor::shutDown);
        building.finish(runs, (group, token) -> {
            for (int segment : tokenStore.fetchSegments(group)) {
                tokenStore.fetchToken(group, segment);
                tokenStore.storeToken(token, group, segment);
                tokenStore.releaseClaim(group, segment);
            }
        });
        processors.forEach(PooledStreamingEventProcessor::start);
    }
}
