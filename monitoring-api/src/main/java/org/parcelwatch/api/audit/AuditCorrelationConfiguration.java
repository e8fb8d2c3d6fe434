package org.parcelwatch.api.audit;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Copies who acted and through which channel from each command onto the events it causes, next to
 * Axon's correlation and trace ids (which Axon only adds by default when no provider is declared).
 */
@Configuration(proxyBeanMethods = false)
public class AuditCorrelationConfiguration {

    @Bean
    public CorrelationDataProvider actorAndSource() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ACTOR, AuditMetadata.ROLE, AuditMetadata.SOURCE);
    }

    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
