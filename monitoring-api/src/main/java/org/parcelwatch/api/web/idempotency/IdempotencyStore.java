package org.parcelwatch.api.web.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_record} table (V20). Every statement commits on its own: the claim must be visible to
 * the other nodes before the command runs, and must survive whatever the command does.
 */
@Repository
public class IdempotencyStore {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";

    /** What was stored for a key. */
    record Entry(String requestHash, String state, Integer status, String headers, String body, Instant createdAt) {

        boolean completed() {
            return COMPLETED.equals(state);
        }
    }

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request; false when someone already holds it (the unique key decides). */
    boolean claim(String user, String key, String requestHash, Instant now) {
        try {
            jdbc.update("insert into idempotency_record (user_name, idempotency_key, request_hash, state, created_at)"
                    + " values (?, ?, ?, ?, ?)", user, key, requestHash, IN_PROGRESS, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Takes over a claim whose holder died before completing it (its row older than {@code staleAfter}). */
    boolean takeOver(String user, String key, String requestHash, Instant now, Duration staleAfter) {
        return jdbc.update("update idempotency_record set created_at = ? where user_name = ? and idempotency_key = ?"
                + " and request_hash = ? and state = ? and created_at < ?", Timestamp.from(now), user, key, requestHash,
                IN_PROGRESS, Timestamp.from(now.minus(staleAfter))) == 1;
    }

    Optional<Entry> find(String user, String key) {
        List<Entry> rows = jdbc.query("select request_hash, state, response_status, response_headers, response_body,"
                        + " created_at from idempotency_record where user_name = ? and idempotency_key = ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()), user, key);
        return rows.stream().findFirst();
    }

    void complete(String user, String key, int status, String headers, String body, Instant now) {
        jdbc.update("update idempotency_record set state = ?, response_status = ?, response_headers = ?,"
                + " response_body = ?, completed_at = ? where user_name = ? and idempotency_key = ?",
                COMPLETED, status, headers, body, Timestamp.from(now), user, key);
    }

    /** Gives the key back: the answer is not to be replayed, so a retry runs afresh. */
    void release(String user, String key) {
        jdbc.update("delete from idempotency_record where user_name = ? and idempotency_key = ? and state = ?",
                user, key, IN_PROGRESS);
    }

    int purgeOlderThan(Instant cutoff) {
        return jdbc.update("delete from idempotency_record where created_at < ?", Timestamp.from(cutoff));
    }
}
