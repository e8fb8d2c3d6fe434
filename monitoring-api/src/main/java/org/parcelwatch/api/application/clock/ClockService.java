package org.parcelwatch.api.application.clock;

import org.parcelwatch.api.store.jdbc.ClockOffsetStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reading and (where allowed) moving the business clock. Where it is adjustable, the offset in the store is the one
 * clock of every node: a move is stored before it is used, and each node follows the store (see
 * {@link BusinessClockConfiguration}), so a move on one node holds on all.
 */
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
     * Takes the stored offset. Holds the clock's lock while it reads, so a move of this node stored meanwhile is not
     * undone by an older read: the move takes the lock after it has stored its offset.
     */
    public void refresh() {
        if (!clock.isAdjustable()) {
            return;
        }
        synchronized (clock) {
            store.load().ifPresent(clock::adopt);
        }
    }

    /**
     * Moves "today" forward to {@code today} (the same day is accepted and changes nothing). The offset is
     * stored before the clock uses it, so a restart cannot bring back an earlier date; it is decided on the stored
     * offset, and stored only if no other node moved the clock past it meanwhile, so a node that had not read a
     * move cannot take the shared clock back.
     *
     * @throws BusinessClock.NotAdjustableException  where the clock is not adjustable
     * @throws BusinessClock.MovesBackwardsException when {@code today} lies before the current business date
     */
    public ClockView moveTo(LocalDate today) {
        return move(today, true);
    }

    /**
     * As {@link #moveTo}, for an import living its records' story day by day: each move is logged at DEBUG only, the
     * import logs its own progress (a first start would otherwise log a line for each of some two hundred days).
     */
    public ClockView followImport(LocalDate today) {
        return move(today, false);
    }

    private synchronized ClockView move(LocalDate today, boolean announce) {
        refresh();
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
            if (!store.advance(offset, today)) {
                refresh();
                throw new BusinessClock.MovesBackwardsException(clock.today(), today);
            }
            clock.apply(offset);
            if (announce) {
                log.info("business clock moved from {} to {} (offset {})", before, today, offset);
            } else {
                log.debug("business clock moved from {} to {} (offset {})", before, today, offset);
            }
        }
        return view();
    }
}
