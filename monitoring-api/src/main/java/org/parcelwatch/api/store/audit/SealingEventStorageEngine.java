package org.parcelwatch.api.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.AuditSeal;

/**
 * Axon's JDBC event store, sealing what it appends. Each event gets its seal ({@link AuditSeal#event}: the link of
 * the parcel's hash chain and the actor, role, source, correlation id and timestamp, exactly as they are written)
 * and the id of the key, and each parcel's signed checkpoint moves to its new head in the same transaction, one
 * batched statement per append. Only here are all of these final: the aggregate chains payloads, but the
 * timestamp and the command's metadata are set around it.
 */
public class SealingEventStorageEngine extends JdbcEventStorageEngine {

    private final AuditKeyring keys;
    private final AuditCheckpoints checkpoints;
    private final TransactionManager transactions;

    public SealingEventStorageEngine(JdbcEventStorageEngine.Builder builder, TransactionManager transactions,
                                     AuditKeyring keys, AuditCheckpoints checkpoints) {
        super(builder);
        this.transactions = transactions;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        AuditKey key = keys.sealing();
        List<EventMessage<?>> sealed = new ArrayList<>(events.size());
        Map<String, AuditCheckpoints.Append> heads = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                DomainEventMessage<?> withSeal = domain.andMetaData(Map.of(AuditMetadata.SEAL, AuditSeal.event(key, domain),
                        AuditMetadata.SEAL_KEY, key.id()));
                sealed.add(withSeal);
                if (domain.getMetaData().get(AuditMetadata.HASH) == null) {
                    continue; // not a link of a parcel's chain: nothing for a checkpoint to hold
                }
                heads.merge(domain.getAggregateIdentifier(), append(domain),
                        (first, next) -> new AuditCheckpoints.Append(first.parcelId(), first.fromSequence(),
                                first.previousHash(), next.toSequence(), next.toHash()));
            } else {
                sealed.add(event);
            }
        }
        transactions.executeInTransaction(() -> {
            super.appendEvents(sealed, serializer);
            if (!heads.isEmpty()) {
                try (Connection connection = getConnection()) {
                    checkpoints.advance(connection, List.copyOf(heads.values()), key);
                } catch (SQLException e) {
                    throw new EventStoreException("the audit checkpoints of " + heads.keySet() + " could not be written", e);
                }
            }
        });
    }

    /** The text the event's seal covers ({@link AuditSeal#storedTimestamp}), written by the same code as sealed. */
    @Override
    protected void writeTimestamp(PreparedStatement preparedStatement, int position, Instant timestamp) throws SQLException {
        preparedStatement.setString(position, AuditSeal.storedTimestamp(timestamp));
    }

    private static AuditCheckpoints.Append append(DomainEventMessage<?> event) {
        String hash = (String) event.getMetaData().get(AuditMetadata.HASH);
        return new AuditCheckpoints.Append(event.getAggregateIdentifier(), event.getSequenceNumber(),
                (String) event.getMetaData().get(AuditMetadata.PREVIOUS_HASH), event.getSequenceNumber(), hash);
    }
}
