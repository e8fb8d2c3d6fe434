package org.parcelwatch.api.store.jdbc;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the adjustable clock's offset in {@code business_clock} (one row), so that a restarted demo
 * resumes on its simulated date instead of falling back to the real one, which would stamp new events
 * before the ones already recorded, and so that every node of a cluster runs on the same date. Only used
 * where the clock is adjustable.
 */
@Component
public class ClockOffsetStore {

    private static final int ROW = 1;

    private final JdbcTemplate jdbc;

    public ClockOffsetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Duration> load() {
        List<Long> millis = jdbc.queryForList("select offset_millis from business_clock where clock_id = ?", Long.class, ROW);
        return millis.stream().findFirst().map(Duration::ofMillis);
    }

    /**
     * Stores {@code offset} unless the stored one is larger: another node moved the clock further meanwhile, and a
     * node that had not read that move must not take the clock back.
     *
     * @return whether it was stored
     */
    @Transactional
    public boolean advance(Duration offset, LocalDate today) {
        int updated = jdbc.update("update business_clock set offset_millis = ?, today = ?, updated_at = ?"
                + " where clock_id = ? and offset_millis <= ?", offset.toMillis(), today, OffsetDateTime.now(ZoneOffset.UTC),
                ROW, offset.toMillis());
        if (updated == 0 && load().isPresent()) {
            return false;
        }
        if (updated == 0) {
            save(offset, today);
        }
        return true;
    }

    /** Stores {@code offset}, whatever was stored before (the clock set back on an empty event store). */
    @Transactional
    public void save(Duration offset, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.update("update business_clock set offset_millis = ?, today = ?, updated_at = ? where clock_id = ?",
                offset.toMillis(), today, now, ROW);
        if (updated == 0) {
            jdbc.update("insert into business_clock (clock_id, offset_millis, today, updated_at) values (?, ?, ?, ?)",
                    ROW, offset.toMillis(), today, now);
        }
    }
}
