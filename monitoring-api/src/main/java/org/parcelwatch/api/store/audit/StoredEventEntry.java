package org.parcelwatch.api.store.audit;

import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.parcelwatch.monitoring.audit.AuditSeal;

/**
 * A row of the event store as Axon's {@link GenericDomainEventEntry}, whose timestamp is read by
 * {@link AuditSeal#readStoredTimestamp} once, when first asked for, instead of by Axon's formatter on every ask. Every
 * event read (the tracking processors' tail, aggregate loads, the sweep's read-ahead, rebuilds) has its timestamp
 * read at least once.
 */
public final class StoredEventEntry<T> extends GenericDomainEventEntry<T> {

    private final String storedTimestamp;
    private Instant timestamp;

    public StoredEventEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                            String storedTimestamp, String payloadType, String payloadRevision, T payload, T metaData) {
        super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedTimestamp, payloadType, payloadRevision,
                payload, metaData);
        this.storedTimestamp = storedTimestamp;
    }

    @Override
    public Instant getTimestamp() {
        // a tracked entry's message is shared by the processors' threads: a race reads the text twice and sets equal
        // instants (immutable, so safely seen through the race)
        if (timestamp == null) {
            timestamp = AuditSeal.readStoredTimestamp(storedTimestamp);
        }
        return timestamp;
    }
}
