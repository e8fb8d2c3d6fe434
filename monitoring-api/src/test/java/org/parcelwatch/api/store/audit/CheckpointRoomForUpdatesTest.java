package org.parcelwatch.api.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL a parcel's audit checkpoint, which every command and every sweep check moves, leaves room on its page
 * for its next head (V184), so that the update stays on the page (HOT: no new key entry, no append at the table's end
 * where all concurrent writers meet). Checkpoints written together fill whole pages, as a bulk load or an import
 * writes them; then the first checkpoint of each full page is moved as the store moves it, and must stay on its page.
 * On full pages (no fillfactor) every one of them moves.
 */
@PostgresTest
class CheckpointRoomForUpdatesTest {

    private static final String HEAD = "a".repeat(64);
    private static final String NEXT = "b".repeat(64);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    AuditKeyring keys;

    @Test
    void aCheckpointsNextHeadStaysOnItsPage() {
        AuditKey key = keys.sealing();
        String prefix = "ROOM-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> parcels = IntStream.range(0, 120).mapToObj(i -> prefix + "%03d".formatted(i)).toList();
        jdbc.batchUpdate(AuditCheckpoints.FIRST, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement insert, int i) throws SQLException {
                AuditCheckpoints.bindFirst(insert, key, parcels.get(i), 7, HEAD, 0);
            }

            @Override
            public int getBatchSize() {
                return parcels.size();
            }
        });
        try {
            Map<Long, String> firstOnPage = new LinkedHashMap<>();
            jdbc.query("select (ctid::text::point)[0]::bigint, parcel_id from audit_checkpoint where parcel_id like ?"
                    + " order by ctid", rs -> {
                        firstOnPage.putIfAbsent(rs.getLong(1), rs.getString(2));
                    }, prefix + "%");
            assertThat(firstOnPage).as("the checkpoints fill more than two pages").hasSizeGreaterThan(2);
            // the last page may not be full
            long lastPage = firstOnPage.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            List<String> moved = new ArrayList<>();
            firstOnPage.forEach((page, parcelId) -> {
                if (page == lastPage) {
                    return;
                }
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    checkpoints.advance(connection, List.of(new AuditCheckpoints.Append(parcelId, 8, HEAD, 8, NEXT)), key);
                    return null;
                });
                Map<String, Object> now = jdbc.queryForMap("select (ctid::text::point)[0]::bigint as page, head_sequence"
                        + " from audit_checkpoint where parcel_id = ?", parcelId);
                assertThat(now.get("head_sequence")).as("the head of " + parcelId + " moved").isEqualTo(8L);
                if (!page.equals(now.get("page"))) {
                    moved.add(parcelId + " (page " + page + " to " + now.get("page") + ")");
                }
            });
            assertThat(moved).as("checkpoints moved off their full page by their next head").isEmpty();
        } finally {
            // checkpoints without a stream would be reported by the integrity checks of the tests sharing this database
            jdbc.update("delete from audit_checkpoint where parcel_id like ?", prefix + "%");
        }
    }
}
