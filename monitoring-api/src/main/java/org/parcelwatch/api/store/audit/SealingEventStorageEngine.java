package org.parcelwatch.api.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.AuditSeal;

/**
 * Axon's JDBC event store, sealing what it appends. Each event gets its seal ({@link AuditSeal#event}: the link of
 * the parcel's hash chain and the actor, role, source, correlation id and timestamp, exactly as they are written)
 * and the id of the key, and each parcel's signed checkpoint moves to its new head with the events, atomically: on
 * PostgreSQL in the events' own statement, so that an append needs no transaction of its own
 * ({@link AppendStatements}; the command bus then opens none, {@link #appendsInOneStatement}), elsewhere in a
 * transaction. Only here are all of these final: the aggregate chains payloads, but the timestamp and the command's
 * metadata are set around it.
 */
public class SealingEventStorageEngine extends JdbcEventStorageEngine {

    /** How payloads and metadata are stored: {@code bytea} on PostgreSQL, never large objects. */
    public static final Class<?> DATA_TYPE = byte[].class;

    private final AuditKeyring keys;
    private final AuditCheckpoints checkpoints;
    private final boolean oneStatement;
    private final AppendStatements statements;

    /** Axon's defaults, set here so that {@link #getTrackedEventData} and Axon's own gap cleaning agree. */
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int GAP_TIMEOUT_MS = 60_000;

    /**
     * @param oneStatement whether the database takes an append as one statement (PostgreSQL's data-modifying
     *                     {@code WITH}); the builder's data type must be {@link #DATA_TYPE}
     */
    public SealingEventStorageEngine(JdbcEventStorageEngine.Builder builder, boolean oneStatement, AuditKeyring keys,
                                     AuditCheckpoints checkpoints) {
        super(builder.maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE).gapTimeout(GAP_TIMEOUT_MS));
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.oneStatement = oneStatement;
        this.statements = new AppendStatements(schema(), DATA_TYPE, this::writeTimestamp);
    }

    /**
     * Whether every append of a command is one statement, atomic without a transaction: then a command's unit of work
     * needs none (in a caller's transaction, such as a sweep's group of checks, it joins that one).
     */
    public boolean appendsInOneStatement() {
        return oneStatement;
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
        List<AuditCheckpoints.Append> appends = List.copyOf(heads.values());
        // the unit of work's connection: in its caller's transaction where there is one, in autocommit otherwise
        try (Connection connection = getConnection()) {
            if (oneStatement && AppendStatements.fitInOneStatement(sealed.size(), appends)) {
                statements.inOneStatement(connection, sealed, serializer, appends, key);
            } else {
                statements.inStatements(connection, sealed, serializer, appends, key, checkpoints);
            }
        } catch (SQLException e) {
            handlePersistenceException(e, events.get(0));
        }
    }

    /** The text the event's seal covers ({@link AuditSeal#storedTimestamp}), written by the same code as sealed. */
    @Override
    protected void writeTimestamp(PreparedStatement preparedStatement, int position, Instant timestamp) throws SQLException {
        preparedStatement.setString(position, AuditSeal.storedTimestamp(timestamp));
    }

    /** A parcel's event as Axon reads it, its timestamp read by {@link StoredEventEntry}. */
    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        EventSchema schema = schema();
        return new StoredEventEntry<>(resultSet.getString(schema.typeColumn()),
                resultSet.getString(schema.aggregateIdentifierColumn()), resultSet.getLong(schema.sequenceNumberColumn()),
                resultSet.getString(schema.eventIdentifierColumn()), resultSet.getString(schema.timestampColumn()),
                resultSet.getString(schema.payloadTypeColumn()), resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()), readPayload(resultSet, schema.metaDataColumn()));
    }

    /**
     * An event of the global stream and its token, as Axon's engine makes them (gaps allowed only for events younger
     * than the gap timeout), with the timestamp read by {@link StoredEventEntry}: the tracking processors' tail reads
     * every event appended, and Axon's formatter took a third of that reader's CPU.
     */
    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        StoredEventEntry<?> event = new StoredEventEntry<>(resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier,
                resultSet.getString(schema.timestampColumn()), resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
        boolean allowGaps = event.getTimestamp().isAfter(
                GenericEventMessage.clock.instant().minus(GAP_TIMEOUT_MS, ChronoUnit.MILLIS));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence).boxed()
                            .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    private static AuditCheckpoints.Append append(DomainEventMessage<?> event) {
        String hash = (String) event.getMetaData().get(AuditMetadata.HASH);
        return new AuditCheckpoints.Append(event.getAggregateIdentifier(), event.getSequenceNumber(),
                (String) event.getMetaData().get(AuditMetadata.PREVIOUS_HASH), event.getSequenceNumber(), hash);
    }
}
