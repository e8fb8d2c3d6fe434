package org.parcelwatch.api.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.parcelwatch.monitoring.audit.AuditKey;

/**
 * The SQL of one append: the sealed events' rows, in the columns and with the values Axon's JDBC store writes, and the
 * parcels' checkpoints ({@link AuditCheckpoints}: a first head inserted, a later head moved from where the events
 * begin).
 *
 * <p>{@link #inOneStatement}: on PostgreSQL all of it is one statement, the inserts as data-modifying {@code WITH}
 * parts of the checkpoints' update. One statement is atomic on its own, so an append needs no transaction around it:
 * a desk's command is then one round trip in autocommit, where it was {@code BEGIN}, the events' insert, the
 * checkpoint's and {@code COMMIT} (bench/README, "the statements of a command"). Within a transaction (a sweep's group
 * of checks) it is one statement of that transaction.
 *
 * <p>{@link #inStatements}: elsewhere (H2, or an append with more values than one PostgreSQL statement takes) the
 * events as a batch and the checkpoints after them, in a transaction: the caller's, or one on the connection.
 */
final class AppendStatements {

    /** What PostgreSQL takes in one statement: the wire protocol counts parameters in 16 bits. */
    static final int MAX_PARAMETERS = Short.MAX_VALUE;

    private static final int EVENT_PARAMETERS = 9;

    /** One event's row of values, in the order of {@link EventSchema#domainEventFields()}. */
    private static final String EVENT_ROW = "(" + "?, ".repeat(EVENT_PARAMETERS - 1) + "?)";

    private final EventSchema schema;
    private final Class<?> dataType;
    private final TimestampWriter timestamps;

    AppendStatements(EventSchema schema, Class<?> dataType, TimestampWriter timestamps) {
        this.schema = schema;
        this.dataType = dataType;
        this.timestamps = timestamps;
    }

    /** Whether these events and checkpoints fit into one statement. */
    static boolean fitInOneStatement(int events, List<AuditCheckpoints.Append> appends) {
        long parameters = (long) events * EVENT_PARAMETERS;
        for (AuditCheckpoints.Append a : appends) {
            parameters += a.fromSequence() == 0 ? AuditCheckpoints.FIRST_PARAMETERS : AuditCheckpoints.ADVANCE_PARAMETERS;
        }
        return parameters <= MAX_PARAMETERS;
    }

    /** Events and checkpoints in one PostgreSQL statement (see the class). */
    void inOneStatement(Connection connection, List<? extends EventMessage<?>> events, Serializer serializer,
                        List<AuditCheckpoints.Append> appends, AuditKey key) throws SQLException {
        List<AuditCheckpoints.Append> started = AuditCheckpoints.started(appends);
        List<AuditCheckpoints.Append> continued = AuditCheckpoints.continued(appends);
        try (PreparedStatement statement = connection.prepareStatement(oneStatement(events.size(), started.size(),
                continued.size()))) {
            int offset = 0;
            for (EventMessage<?> event : events) {
                bindEvent(statement, offset, event, serializer);
                offset += EVENT_PARAMETERS;
            }
            for (AuditCheckpoints.Append a : started) {
                AuditCheckpoints.bindFirst(statement, offset, key, a.parcelId(), a.toSequence(), a.toHash(), 0);
                offset += AuditCheckpoints.FIRST_PARAMETERS;
            }
            for (AuditCheckpoints.Append a : continued) {
                AuditCheckpoints.bindAdvance(statement, offset, key, a);
                offset += AuditCheckpoints.ADVANCE_PARAMETERS;
            }
            if (statement.execute()) {
                Set<String> moved = new HashSet<>();
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        moved.add(rs.getString(1));
                    }
                }
                continued.stream().filter(a -> !moved.contains(a.parcelId())).forEach(AuditCheckpoints::reportNotMoved);
            }
        }
    }

    /**
     * The statement of {@link #inOneStatement}: the events' insert, the first checkpoints' insert and the moved
     * checkpoints' update, those present, the last of them the statement and the others its {@code WITH} parts (run
     * once each, to completion, whether or not the statement reads them). The update returns the parcels whose
     * checkpoint moved.
     */
    String oneStatement(int events, int started, int continued) {
        String appended = "insert into " + schema.domainEventTable() + " (" + schema.domainEventFields() + ") values "
                + String.join(", ", Collections.nCopies(events, EVENT_ROW));
        String firstRow = "(" + "?, ".repeat(AuditCheckpoints.FIRST_PARAMETERS - 1) + "?)";
        String firsts = started == 0 ? null : "insert into audit_checkpoint (" + AuditCheckpoints.COLUMNS + ") values "
                + String.join(", ", Collections.nCopies(started, firstRow)) + " on conflict do nothing";
        String moved = continued == 0 ? null
                : "update audit_checkpoint c set head_sequence = v.to_sequence, head_hash = v.to_hash,"
                + " head_key_id = v.head_key_id, head_seal = v.head_seal from (values "
                + String.join(", ", Collections.nCopies(continued, "(?::bigint, ?, ?, ?, ?, ?::bigint, ?)"))
                + ") v (to_sequence, to_hash, head_key_id, head_seal, parcel_id, from_sequence, from_hash)"
                + " where c.parcel_id = v.parcel_id and c.head_sequence = v.from_sequence and c.head_hash = v.from_hash"
                + " returning c.parcel_id";
        List<String> parts = Stream.of(appended, firsts, moved).filter(Objects::nonNull).toList();
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < parts.size() - 1; i++) {
            sql.append(i == 0 ? "with " : ", ").append("w").append(i).append(" as (").append(parts.get(i)).append(") ");
        }
        return sql.append(parts.get(parts.size() - 1)).toString();
    }

    /** Events as a batch, then the checkpoints: within the connection's transaction, or one begun on it here. */
    void inStatements(Connection connection, List<? extends EventMessage<?>> events, Serializer serializer,
                      List<AuditCheckpoints.Append> appends, AuditKey key, AuditCheckpoints checkpoints) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        try {
            try (PreparedStatement insert = connection.prepareStatement("insert into " + schema.domainEventTable() + " ("
                    + schema.domainEventFields() + ") values " + EVENT_ROW)) {
                for (EventMessage<?> event : events) {
                    bindEvent(insert, 0, event, serializer);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            if (!appends.isEmpty()) {
                checkpoints.advance(connection, appends, key);
            }
            if (ownTransaction) {
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (ownTransaction) {
                connection.rollback();
            }
            throw e;
        } finally {
            if (ownTransaction) {
                connection.setAutoCommit(true);
            }
        }
    }

    /** One event's columns at {@code offset}, in the order of {@link EventSchema#domainEventFields()}, as Axon binds them. */
    private void bindEvent(PreparedStatement statement, int offset, EventMessage<?> message, Serializer serializer)
            throws SQLException {
        DomainEventMessage<?> event = message instanceof DomainEventMessage<?> domain ? domain
                : new GenericDomainEventMessage<>(null, message.getIdentifier(), 0L, message, message::getTimestamp);
        SerializedObject<?> payload = event.serializePayload(serializer, dataType);
        SerializedObject<?> metaData = event.serializeMetaData(serializer, dataType);
        statement.setString(offset + 1, event.getIdentifier());
        statement.setString(offset + 2, event.getAggregateIdentifier());
        statement.setLong(offset + 3, event.getSequenceNumber());
        statement.setString(offset + 4, event.getType());
        timestamps.writeTimestamp(statement, offset + 5, event.getTimestamp());
        statement.setString(offset + 6, payload.getType().getName());
        statement.setString(offset + 7, payload.getType().getRevision());
        statement.setObject(offset + 8, payload.getData());
        statement.setObject(offset + 9, metaData.getData());
    }
}
