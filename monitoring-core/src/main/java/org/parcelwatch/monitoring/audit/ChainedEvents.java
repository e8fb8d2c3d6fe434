package org.parcelwatch.monitoring.audit;

import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ApplyMore;

/**
 * How an aggregate applies an event to its stream: chained to the event before it ({@link EventHash}), its hash
 * and the previous hash in its metadata, so that the audit's integrity check covers every kind of stream alike
 * (a parcel's, a complaint's).
 */
public final class ChainedEvents {

    private ChainedEvents() {
    }

    /** Applies {@code event} as the next of {@code aggregateId}'s stream, whose last event hashed to {@code lastHash}. */
    public static ApplyMore apply(String lastHash, String aggregateId, Object event) {
        Long version = AggregateLifecycle.getVersion();
        long sequence = version == null ? 0 : version + 1;
        String hash = EventHash.of(lastHash, aggregateId, sequence, event);
        return AggregateLifecycle.apply(event, MetaData.with(AuditMetadata.HASH, hash)
                .and(AuditMetadata.PREVIOUS_HASH, lastHash == null ? EventHash.GENESIS : lastHash));
    }
}
