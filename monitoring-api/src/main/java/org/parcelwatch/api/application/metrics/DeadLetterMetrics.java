package org.parcelwatch.api.application.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.parcelwatch.api.application.admin.DeadLetterAdmin;
import org.parcelwatch.projections.ProjectionProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code parcelwatch.projection.dead.letters{projection}}: events waiting in a projection's dead-letter queue, the
 * same on every node (the queue is in the database). Above zero, a projection lacks events until an admin retries or
 * evicts them; alert on it. Read when scraped (a count by processing group); NaN when the database cannot answer.
 */
@Component
public class DeadLetterMetrics {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);

    public DeadLetterMetrics(MeterRegistry registry, DeadLetterAdmin deadLetters) {
        for (String projection : ProjectionProcessing.GROUPS) {
            Gauge.builder("parcelwatch.projection.dead.letters", deadLetters, d -> letters(d, projection))
                 .description("Events waiting in the projection's dead-letter queue")
                 .tag("projection", projection).strongReference(true).register(registry);
        }
    }

    private static double letters(DeadLetterAdmin deadLetters, String projection) {
        try {
            return deadLetters.count(projection);
        } catch (RuntimeException e) {
            log.debug("dead letters of {} not available", projection, e);
            return Double.NaN;
        }
    }
}
