package org.parcelwatch.api.application.imports;

import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.clock.ClockService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The business clock as one import sees it. Where the clock is adjustable (the demo, the tests) and the options
 * allow, the import lives its story: it starts the clock on the first day of the records, moves it to each day it
 * acts on and leaves it on the last day of the period. Elsewhere the clock is the real one: the days before today
 * are entered as history and nothing is done after today. Kept apart from the run so that "which days may the
 * import reach, and did it move time" is answered in one place.
 */
final class ImportClock {

    private static final Logger log = LoggerFactory.getLogger(ImportClock.class);

    private final BusinessClock clock;
    private final ClockService clocks;
    private final ImportOptions options;
    private boolean moved;

    ImportClock(BusinessClock clock, ClockService clocks, ImportOptions options) {
        this.clock = clock;
        this.clocks = clocks;
        this.options = options;
    }

    LocalDate today() {
        return clock.today();
    }

    /** Whether the import moved the clock. */
    boolean moved() {
        return moved;
    }

    /**
     * Goes back to the first day of the records where that is asked for, the clock is adjustable and nothing was
     * stored yet (history must not come after what is stored); where the clock refuses, the days before today are
     * entered as history.
     */
    void startAt(LocalDate first, BooleanSupplier storeIsEmpty) {
        if (first == null || !options.rewindClock() || !clock.isAdjustable() || !first.isBefore(today())
                || !storeIsEmpty.getAsBoolean()) {
            return;
        }
        try {
            clocks.moveTo(first);
            moved = true;
            log.info("import starts the business clock at {}, the first day of its records", first);
        } catch (BusinessClock.MovesBackwardsException e) {
            log.warn("the business clock cannot go back to {} (today is {}): the days before today are entered "
                    + "as history, with sweeps as of each day; findings, referrals and extensions are dated today",
                    first, today());
        }
    }

    /** The last day the import may act on: the story's last day where the clock may advance, else not after today. */
    LocalDate lastReachable(LocalDate last) {
        return advances() ? last : min(last, today());
    }

    /** The import acts on {@code day}: a day after today moves the clock there. */
    void reach(LocalDate day) {
        if (day.isAfter(today())) {
            clocks.followImport(day);
            moved = true;
        }
    }

    /**
     * Leaves the clock on the last day of the period, where the story ends ("today" for the first screen), when the
     * import may advance it there.
     *
     * @return whether the clock was moved
     */
    boolean restAt(LocalDate end) {
        if (advances() && end != null && end.isAfter(today())) {
            clocks.followImport(end);
            moved = true;
            return true;
        }
        return false;
    }

    /** The earlier of two days, null standing for "never". */
    static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** The later of two days, null standing for "none". */
    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private boolean advances() {
        return options.advanceClock() && clock.isAdjustable();
    }
}
