package org.parcelwatch.api.application.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.audit.AuditMetadata;

/**
 * One recorded event as the auditor reads it: sequence, type, readable payload, when it was recorded,
 * who acted through which channel, and its place in the hash chain.
 */
public record HistoryEntry(long sequence, String type, JsonNode payload, Instant recordedAt, String actor, String role,
                           String source, String correlationId, String hash, String previousHash) {

    private static final ObjectMapper JSON = ParcelwatchJson.objectMapper();

    public static HistoryEntry of(DomainEventMessage<?> event) {
        MetaData meta = event.getMetaData();
        return new HistoryEntry(event.getSequenceNumber(), simpleName(event.getPayloadType().getName()), payload(event),
                event.getTimestamp(), text(meta.get(AuditMetadata.ACTOR)), text(meta.get(AuditMetadata.ROLE)),
                text(meta.get(AuditMetadata.SOURCE)), text(meta.get("correlationId")), text(meta.get(AuditMetadata.HASH)),
                text(meta.get(AuditMetadata.PREVIOUS_HASH)));
    }

    private static JsonNode payload(DomainEventMessage<?> event) {
        try {
            return JSON.valueToTree(event.getPayload());
        } catch (RuntimeException unreadable) {
            // a damaged row must still be listed, or the auditor could not see where it is
            return TextNode.valueOf("unreadable payload: " + unreadable.getMessage());
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
