package org.parcelwatch.api.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway V60.1, once per database: a signed checkpoint for every parcel recorded before the audit chain was keyed.
 * Their events carry the unkeyed SHA-256 chain only (chain version 1, no seal); they still verify as before and the
 * integrity check counts them as unkeyed. The checkpoint seals each one's head — its last sequence and hash, which
 * chains every payload before it — so cutting such a stream short, deleting it, or rewriting its payloads with
 * recomputed hashes is reported like on a keyed one. Its events from the next sequence on must carry seals.
 *
 * <p>A migration, not a start-up step: it must run exactly once. A job that signed "every parcel without a
 * checkpoint" on each start would sign over a checkpoint someone deleted together with the events after it.
 */
@Component
public class LegacyChainCheckpoints implements JavaMigration {

    static final String HEADS = "select e.aggregate_identifier, e.sequence_number, e.meta_data from domain_event_entry e"
            + " where e.sequence_number = (select max(m.sequence_number) from domain_event_entry m"
            + " where m.aggregate_identifier = e.aggregate_identifier)";
    private static final int BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(LegacyChainCheckpoints.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditKeyring keys;

    public LegacyChainCheckpoints(AuditKeyring keys) {
        this.keys = keys;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("60.1");
    }

    @Override
    public String getDescription() {
        return "checkpoints for parcels recorded before the audit chain was keyed";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        AuditKey key = keys.sealing();
        Connection connection = context.getConnection();
        int sealed = 0;
        int skipped = 0;
        try (PreparedStatement heads = connection.prepareStatement(HEADS);
             PreparedStatement insert = connection.prepareStatement(AuditCheckpoints.FIRST)) {
            heads.setFetchSize(BATCH);
            try (ResultSet rows = heads.executeQuery()) {
                while (rows.next()) {
                    String parcelId = rows.getString(1);
                    long head = rows.getLong(2);
                    String hash = hashOf(rows.getBytes(3));
                    if (hash == null) {
                        skipped++;
                        log.warn("parcel {}: its last event (sequence {}) names no hash; no checkpoint is signed for it,"
                                + " and the integrity check reports it", parcelId, head);
                        continue;
                    }
                    AuditCheckpoints.bindFirst(insert, key, parcelId, head, hash, head + 1);
                    insert.addBatch();
                    if (++sealed % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        if (sealed + skipped > 0) {
            log.info("audit chain keyed: signed the checkpoints of {} parcels recorded before it (key {}); their events"
                    + " so far stay on the unkeyed chain", sealed, key.id());
        }
    }

    private static String hashOf(byte[] metaData) {
        if (metaData == null) {
            return null;
        }
        try {
            JsonNode hash = JSON.readTree(metaData).get(AuditMetadata.HASH);
            return hash == null || !hash.isTextual() ? null : hash.asText();
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }
}
