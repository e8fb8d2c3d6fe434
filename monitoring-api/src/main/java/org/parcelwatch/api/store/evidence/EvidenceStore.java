package org.parcelwatch.api.store.evidence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The photo evidence in {@code evidence_file} (V140), one row per distinct content, keyed by the SHA-256 of its bytes:
 * the same bytes uploaded twice are one row, the first upload's.
 */
@Component
public class EvidenceStore {

    /** What is known of a stored file, without its bytes. */
    public record StoredEvidence(String sha256, String contentType, long bytes, LocalDateTime takenAt,
                                 BigDecimal longitude, BigDecimal latitude) {
    }

    /** A file to store. */
    public record NewEvidence(StoredEvidence facts, byte[] content, byte[] thumbnail, String uploadedBy,
                              OffsetDateTime uploadedAt) {
    }

    private final JdbcTemplate jdbc;

    public EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file unless its hash is stored already (then the stored one stands); answers the stored facts. */
    public StoredEvidence storeIfAbsent(NewEvidence file) {
        Optional<StoredEvidence> known = find(file.facts().sha256());
        if (known.isPresent()) {
            return known.get();
        }
        StoredEvidence f = file.facts();
        try {
            jdbc.update("insert into evidence_file (sha256, content_type, byte_count, taken_at, longitude, latitude, content,"
                            + " thumbnail, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    f.sha256(), f.contentType(), f.bytes(), f.takenAt() == null ? null : Timestamp.valueOf(f.takenAt()),
                    f.longitude(), f.latitude(), file.content(), file.thumbnail(), file.uploadedBy(), file.uploadedAt());
        } catch (DuplicateKeyException sameBytesAtOnce) {
            // another upload of the same bytes won the insert: its row is this file's too
        }
        return find(f.sha256()).orElseThrow();
    }

    public Optional<StoredEvidence> find(String sha256) {
        return jdbc.query("select sha256, content_type, byte_count, taken_at, longitude, latitude from evidence_file"
                        + " where sha256 = ?", (rs, row) -> new StoredEvidence(rs.getString(1).trim(), rs.getString(2),
                        rs.getLong(3), rs.getObject(4, LocalDateTime.class), rs.getBigDecimal(5), rs.getBigDecimal(6)),
                sha256).stream().findFirst();
    }

    /** The stored facts of those of {@code sha256s} that are stored. */
    public List<StoredEvidence> findAll(Collection<String> sha256s) {
        Set<String> wanted = new HashSet<>(sha256s);
        return wanted.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The file's bytes, or its thumbnail's (null when it has none). */
    public Optional<byte[]> content(String sha256, boolean thumbnail) {
        return jdbc.query("select " + (thumbnail ? "thumbnail" : "content") + " from evidence_file where sha256 = ?",
                (rs, row) -> Optional.ofNullable(rs.getBytes(1)), sha256).stream().findFirst().flatMap(b -> b);
    }
}
