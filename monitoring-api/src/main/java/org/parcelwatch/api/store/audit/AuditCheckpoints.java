package org.parcelwatch.api.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code audit_checkpoint} table: one signed head per parcel, moved forward atomically with the append of the
 * parcel's events (see {@link SealingEventStorageEngine}). A head moves only from where the appended events begin: if
 * the stored history was cut or replaced in between, the checkpoint keeps the head it had, and the integrity check
 * reports the difference instead of the next command sealing over it.
 */
@Component
public class AuditCheckpoints {

    /** A parcel's first checkpoint, unless it has one (bound by {@link #bindFirst}). */
    public static final String FIRST = "insert into audit_checkpoint (parcel_id, head_sequence, head_hash, head_key_id,"
            + " head_seal, sealed_from, sealed_from_key_id, sealed_from_seal) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
    static final String ADVANCE = "update audit_checkpoint set head_sequence = ?, head_hash = ?, head_key_id = ?, head_seal = ?"
            + " where parcel_id = ? and head_sequence = ? and head_hash = ?";
    static final String COLUMNS = "parcel_id, head_sequence, head_hash, head_key_id, head_seal, sealed_from,"
            + " sealed_from_key_id, sealed_from_seal";
    private static final RowMapper<Checkpoint> ROW = (rs, n) -> new Checkpoint(rs.getString(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8));

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final JdbcTemplate jdbc;

    public AuditCheckpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What one append did to one parcel: its events from {@code fromSequence} (whose previous hash is
     * {@code previousHash}) to {@code toSequence} (hash {@code toHash}).
     */
    public record Append(String parcelId, long fromSequence, String previousHash, long toSequence, String toHash) {
    }

    /** Moves the heads of the parcels appended to, on the append's own connection: one batch per kind of change. */
    void advance(Connection connection, List<Append> appends, AuditKey key) throws SQLException {
        List<Append> started = started(appends);
        List<Append> continued = continued(appends);
        if (!started.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(FIRST)) {
                for (Append a : started) {
                    bindFirst(insert, key, a.parcelId(), a.toSequence(), a.toHash(), 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!continued.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
                for (Append a : continued) {
                    bindAdvance(update, 0, key, a);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        reportNotMoved(continued.get(i));
                    }
                }
            }
        }
    }

    /** The appends that begin a parcel's history: its first checkpoint is inserted. */
    static List<Append> started(List<Append> appends) {
        return appends.stream().filter(a -> a.fromSequence() == 0).toList();
    }

    /** The appends that continue a parcel's history: its checkpoint moves from where they begin. */
    static List<Append> continued(List<Append> appends) {
        return appends.stream().filter(a -> a.fromSequence() > 0).toList();
    }

    /**
     * Binds one continued append's new head and the head it moves from, at {@code offset}, in the order of
     * {@link #ADVANCE}: new sequence, hash, key id and seal, then parcel, old sequence and hash.
     */
    static void bindAdvance(PreparedStatement statement, int offset, AuditKey key, Append a) throws SQLException {
        statement.setLong(offset + 1, a.toSequence());
        statement.setString(offset + 2, a.toHash());
        statement.setString(offset + 3, key.id());
        statement.setString(offset + 4, AuditSeal.head(key, a.parcelId(), a.toSequence(), a.toHash()));
        statement.setString(offset + 5, a.parcelId());
        statement.setLong(offset + 6, a.fromSequence() - 1);
        statement.setString(offset + 7, a.previousHash());
    }

    /** The parameters {@link #bindAdvance} binds. */
    static final int ADVANCE_PARAMETERS = 7;

    /** The parameters {@link #bindFirst} binds. */
    static final int FIRST_PARAMETERS = 8;

    static void reportNotMoved(Append a) {
        log.warn("parcel {}: its audit checkpoint does not end at sequence {} where the appended events"
                + " begin; the stored history was changed outside the application. The checkpoint keeps"
                + " its head, and the integrity check reports the parcel.", a.parcelId(), a.fromSequence() - 1);
    }

    /**
     * Every parcel with a history or a checkpoint, in supervision-number order, after {@code afterParcelId}: a stream
     * deleted from the event store is still listed through its checkpoint.
     */
    public List<String> parcelIdsAfter(String afterParcelId, int limit) {
        // each side limited first: a union of the whole tables would be read in full for every page
        return jdbc.queryForList("select id from (select distinct aggregate_identifier as id from domain_event_entry"
                        + " where aggregate_identifier > ? order by aggregate_identifier limit ?) streams"
                        + " union select id from (select parcel_id as id from audit_checkpoint where parcel_id > ?"
                        + " order by parcel_id limit ?) checkpoints order by 1 limit ?",
                String.class, afterParcelId, limit, afterParcelId, limit, limit);
    }

    /**
     * Binds {@link #FIRST}: the head, and the sequence from which the parcel's events carry seals, both sealed under
     * {@code key}.
     */
    public static void bindFirst(PreparedStatement insert, AuditKey key, String parcelId, long headSequence, String headHash,
                                 long sealedFrom) throws SQLException {
        bindFirst(insert, 0, key, parcelId, headSequence, headHash, sealedFrom);
    }

    /** {@link #bindFirst(PreparedStatement, AuditKey, String, long, String, long)} at {@code offset}. */
    static void bindFirst(PreparedStatement insert, int offset, AuditKey key, String parcelId, long headSequence,
                          String headHash, long sealedFrom) throws SQLException {
        insert.setString(offset + 1, parcelId);
        insert.setLong(offset + 2, headSequence);
        insert.setString(offset + 3, headHash);
        insert.setString(offset + 4, key.id());
        insert.setString(offset + 5, AuditSeal.head(key, parcelId, headSequence, headHash));
        insert.setLong(offset + 6, sealedFrom);
        insert.setString(offset + 7, key.id());
        insert.setString(offset + 8, AuditSeal.sealedFrom(key, parcelId, sealedFrom));
    }

    public Optional<Checkpoint> find(String parcelId) {
        return jdbc.query("select " + COLUMNS + " from audit_checkpoint where parcel_id = ?", ROW, parcelId).stream().findFirst();
    }

    /** The checkpoints of these parcels, by parcel. */
    public Map<String, Checkpoint> findAll(Collection<String> parcelIds) {
        if (parcelIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = new ArrayList<>(parcelIds);
        return jdbc.query("select " + COLUMNS + " from audit_checkpoint where parcel_id in ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", ROW, ids.toArray()).stream()
                .collect(Collectors.toMap(Checkpoint::parcelId, Function.identity()));
    }
}
