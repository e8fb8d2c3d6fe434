package org.parcelwatch.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.parcelwatch.api.store.audit.AuditCheckpoints;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.AuditSeal;
import org.parcelwatch.monitoring.audit.EventHash;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * Writes event rows the way Axon's JDBC engine does: the same serializer, the same columns, the same
 * hash-chain metadata and seals, and (for a bulk load) the parcels' signed checkpoints the engine keeps, so a
 * command on a bulk-loaded parcel does what it does on any other. Used to bulk-load a million parcels and as the
 * raw-insert baseline.
 */
final class EventRows {

    static final String INSERT = "insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One serialized row, and its link's hash. */
    record Row(String eventId, String aggregateId, long sequence, String timestamp, String payloadType,
               String payloadRevision, byte[] payload, byte[] metaData, String hash) {
    }

    private final Serializer serializer;
    private final AuditKey key;

    /** {@code key}: the application's sealing key. */
    EventRows(Serializer serializer, AuditKey key) {
        this.serializer = serializer;
        this.key = key;
    }

    /** A parcel's events from sequence 0, chained as the aggregate chains them and sealed as the event store seals them. */
    List<Row> chain(List<? extends ParcelEvent> events, Instant at) {
        String previous = EventHash.GENESIS;
        java.util.ArrayList<Row> rows = new java.util.ArrayList<>(events.size());
        for (int sequence = 0; sequence < events.size(); sequence++) {
            ParcelEvent event = events.get(sequence);
            String hash = EventHash.of(previous, event.parcelId(), sequence, event);
            MetaData meta = AuditMetadata.of("bench", "DESK", AuditMetadata.Source.IMPORT)
                    .and(AuditMetadata.HASH, hash).and(AuditMetadata.PREVIOUS_HASH, previous);
            String eventId = UUID.randomUUID().toString();
            String seal = AuditSeal.event(key, new GenericDomainEventMessage<>("Parcel", event.parcelId(), sequence, event,
                    meta, eventId, at));
            meta = meta.and(AuditMetadata.SEAL, seal).and(AuditMetadata.SEAL_KEY, key.id());
            SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
            SerializedObject<byte[]> metaData = serializer.serialize(meta, byte[].class);
            rows.add(new Row(eventId, event.parcelId(), sequence, DateTimeUtils.formatInstant(at),
                    payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData.getData(), hash));
            previous = hash;
        }
        return rows;
    }

    static void bind(PreparedStatement insert, Row row) throws SQLException {
        insert.setString(1, row.eventId());
        insert.setString(2, row.aggregateId());
        insert.setLong(3, row.sequence());
        insert.setString(4, "Parcel");
        insert.setString(5, row.timestamp());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.payloadRevision());
        insert.setBytes(8, row.payload());
        insert.setBytes(9, row.metaData());
    }

    /** Inserts whole chains (from sequence 0) in one transaction, with each parcel's signed checkpoint. */
    void insertBatch(DataSource dataSource, List<Row> rows) throws SQLException {
        java.util.Map<String, Row> heads = new java.util.LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Row row : rows) {
                    bind(insert, row);
                    insert.addBatch();
                    heads.put(row.aggregateId(), row);
                }
                insert.executeBatch();
            }
            insertCheckpoints(connection, heads.values());
            connection.commit();
        }
    }

    /** The signed checkpoints of chains whose last rows these are (chains from sequence 0), on the caller's transaction. */
    void insertCheckpoints(Connection connection, java.util.Collection<Row> heads) throws SQLException {
        try (PreparedStatement checkpoint = connection.prepareStatement(AuditCheckpoints.FIRST)) {
            for (Row head : heads) {
                AuditCheckpoints.bindFirst(checkpoint, key, head.aggregateId(), head.sequence(), head.hash(), 0);
                checkpoint.addBatch();
            }
            checkpoint.executeBatch();
        }
    }
}
