package org.parcelwatch.api.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.audit.AuditMetadata;

class AuditCorrelationConfigurationTest {

    private final AuditCorrelationConfiguration configuration = new AuditCorrelationConfiguration();
    private final MetaData actor = MetaData.from(Map.of(AuditMetadata.ACTOR, "desk", AuditMetadata.ROLE, "DESK",
            AuditMetadata.SOURCE, "REST", "traceId", "t-1"));

    @Test
    void aCommandPassesItsActorAndSourceAndOriginOnToTheEventsItCauses() {
        GenericCommandMessage<String> command = new GenericCommandMessage<>("register", actor);

        assertThat(data(configuration.actorAndSource().correlationDataFor(command)))
                .containsEntry(AuditMetadata.ACTOR, "desk").containsEntry(AuditMetadata.ROLE, "DESK")
                .containsEntry(AuditMetadata.SOURCE, "REST");
        assertThat(data(configuration.messageOrigin().correlationDataFor(command)))
                .containsEntry("traceId", "t-1").containsEntry("correlationId", command.getIdentifier());
    }

    @Test
    void anEventHandledByAProjectionIsNotAskedForItsMetadata() {
        GenericEventMessage<String> event = new GenericEventMessage<>("registered", actor) {
            @Override
            public MetaData getMetaData() {
                throw new AssertionError("an event's metadata was read for correlation");
            }
        };

        assertThat(configuration.actorAndSource().correlationDataFor(event)).isEmpty();
        assertThat(configuration.messageOrigin().correlationDataFor(event)).isEmpty();
    }

    private static Map<String, Object> data(Map<String, ?> correlation) {
        return new java.util.HashMap<>(correlation);
    }
}
