package org.parcelwatch.projections;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.parcelwatch.projections.breach.BreachRegisterProjection;
import org.parcelwatch.projections.field.FieldWorkProjection;
import org.parcelwatch.projections.idle.IdleReferralProjection;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.notice.NoticeProjection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every projection is its own pooled streaming processor, so each can be reset and rebuilt alone and
 * several nodes share its segments through the token store.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionProcessing {

    /** The processing groups, in the order an admin would rebuild them. */
    public static final List<String> GROUPS = List.of(ParcelLedgerProjection.GROUP, NoticeProjection.GROUP,
            BreachRegisterProjection.GROUP, IdleReferralProjection.GROUP, FieldWorkProjection.GROUP);

    @Bean
    public ConfigurerModule pooledProjectionProcessors(
            @Value("${parcelwatch.projections.batch-size:500}") int batchSize,
            @Value("${parcelwatch.projections.segments:4}") int segments,
            @Value("${parcelwatch.projections.max-claimed-segments:0}") int maxClaimedSegments) {
        return configurer -> configurer.eventProcessing(processing -> {
            // maxClaimedSegments spreads a projection over several nodes; 0 lets one node take them all
            processing.usingPooledStreamingEventProcessors((config, builder) -> {
                builder.batchSize(batchSize).initialSegmentCount(segments);
                if (maxClaimedSegments > 0) {
                    builder.maxClaimedSegments(maxClaimedSegments);
                }
                return builder;
            });
            GROUPS.forEach(group -> processing.registerPooledStreamingEventProcessor(group));
        });
    }

    /**
     * Events of a batch that failed are handled alone when the processor tries again, so that one event the
     * database refuses fails alone and can be dead-lettered (monitoring-api {@code store/axon}).
     */
    @Bean
    public IsolatedHandling isolatedHandling(ObjectProvider<PlatformTransactionManager> transactions) {
        return new IsolatedHandling(transactions, GROUPS);
    }

    /** For admin and tests: the processor of a group, once the configuration has started. */
    public static PooledStreamingEventProcessor processor(org.axonframework.config.Configuration axon, String group) {
        return axon.eventProcessingConfiguration()
                .eventProcessor(group, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no projection named " + group));
    }
}
