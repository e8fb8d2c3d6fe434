package org.parcelwatch.api.application.clock;

import org.parcelwatch.api.store.jdbc.ClockOffsetStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Reading and (where allowed) moving the business clock. */
@Service
public class ClockService {

    private static final Logger log = LoggerFactory.getLogger(ClockService.class);

    private final BusinessClock clock;
    private final ClockOffsetStore store;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    public ClockService(BusinessClock clock, ClockOffsetStore store, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.clock = clock;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** What the clock says now. */
    public record ClockView(LocalDate today, Instant now, String zone, boolean adjustable, Duration offset) {
    }

    public ClockView view() {
        Instant now = clock.instant();
        return new ClockView(LocalDate.ofInstant(now, clock.getZone()), now, clock.getZone().getId(),
                clock.isAdjustable(), clock.offset());
    }

    /**
     * Moves "today" forward to {@code today} (the same day is accepted and changes nothing). The offset is
     * stored before the clock uses it, so a restart cannot bring back an earlier date.
     *
     * @throws BusinessClock.NotAdjustableException  where the clock is not adjustable
     * @throws BusinessClock.MovesBackwardsException when {@code today} lies before the current business date
     */
    public synchronized ClockView moveTo(LocalDate today) {
        LocalDate before = clock.today();
        if (today.isBefore(before) && clock.isAdjustable() && jdbc.query(
                "select 1 from domain_event_entry fetch first 1 rows only", rs -> rs.next() ? 1 : null) == null) {
            Duration back = clock.offsetForAnyDay(today);
            store.save(back, today);
            clock.reset(back);
            log.info("business clock set back from {} to {} on an empty event store (offset {})", before, today, back);
            return view();
        }
        Duration offset = clock.offsetFor(today);
        if (!offset.equals(clock.offset())) {
            store.save(offset, today);
            clock.apply(offset);
            log.info("business clock moved from {} to {} (offset {})", before, today, offset);
        }
        return view();
    }
}
