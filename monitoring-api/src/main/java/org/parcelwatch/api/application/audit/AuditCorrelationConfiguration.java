package org.parcelwatch.api.application.audit;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Copies who acted and through which channel from each command onto the events it causes, next to
 * Axon's correlation and trace ids (which Axon only adds by default when no provider is declared), and the
 * import step a command of an import carries.
 *
 * <p>Only commands cause messages here: the projections send nothing. Asked for an event, the providers
 * answer nothing, because reading an event's metadata means deserialising it, and every processor would
 * otherwise do that for every event it handles (7% of a projection rebuild, bench/README.md).
 */
@Configuration(proxyBeanMethods = false)
public class AuditCorrelationConfiguration {

    @Bean
    public CorrelationDataProvider actorAndSource() {
        return new CommandsOnly(new SimpleCorrelationDataProvider(AuditMetadata.ACTOR, AuditMetadata.ROLE, AuditMetadata.SOURCE,
                AuditMetadata.IMPORT_STEP));
    }

    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new CommandsOnly(new MessageOriginProvider());
    }

    /** Correlation data taken from commands only. */
    record CommandsOnly(CorrelationDataProvider delegate) implements CorrelationDataProvider {

        @Override
        public Map<String, ?> correlationDataFor(Message<?> message) {
            return message instanceof CommandMessage<?> ? delegate.correlationDataFor(message) : Map.of();
        }
    }
}
