package org.parcelwatch.api.application.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The business clock (DESIGN §4 "Time"): the system clock in the bureau's zone, plus an offset that only
 * an adjustable clock (demo and test setups) can change. The offset moves whole days, so the time of day
 * keeps running with the system clock and event timestamps keep increasing; it never moves back, so no
 * event can be stamped before one already stored. The offset is the stored one, shared by every node
 * ({@link ClockService#refresh}); reading the time reads a field, never the database.
 */
public final class BusinessClock extends Clock {

    private final Clock system;
    private final boolean adjustable;
    private volatile Duration offset;

    public BusinessClock(Clock system, boolean adjustable, Duration offset) {
        this.system = Objects.requireNonNull(system, "system");
        this.adjustable = adjustable;
        this.offset = adjustable ? Objects.requireNonNull(offset, "offset") : Duration.ZERO;
    }

    /** Thrown when a move would take "today" backwards. */
    public static final class MovesBackwardsException extends RuntimeException {

        private final LocalDate today;
        private final LocalDate requested;

        MovesBackwardsException(LocalDate today, LocalDate requested) {
            super("the business clock cannot move back from " + today + " to " + requested
                    + ": events would be stamped before those already recorded");
            this.today = today;
            this.requested = requested;
        }

        public LocalDate today() {
            return today;
        }

        public LocalDate requested() {
            return requested;
        }
    }

    /** Thrown when the clock is not adjustable (production). */
    public static final class NotAdjustableException extends RuntimeException {

        public NotAdjustableException() {
            super("the business clock is not adjustable here (parcelwatch.clock.adjustable=false)");
        }
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    public Duration offset() {
        return offset;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), getZone());
    }

    /**
     * The offset that would make {@code today} the business date, at the same time of day as now.
     * Does not change the clock: {@link #apply(Duration)} does, once the offset is stored.
     */
    public Duration offsetFor(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (!adjustable) {
            throw new NotAdjustableException();
        }
        ZonedDateTime now = ZonedDateTime.ofInstant(instant(), getZone());
        if (today.isBefore(now.toLocalDate())) {
            throw new MovesBackwardsException(now.toLocalDate(), today);
        }
        return offset.plus(Duration.between(now, now.with(today)));
    }

    /** The offset for {@code today} in either direction: only for a clock that has stamped no event yet. */
    public Duration offsetForAnyDay(LocalDate today) {
        if (!adjustable) {
            throw new NotAdjustableException();
        }
        ZonedDateTime now = ZonedDateTime.ofInstant(instant(), getZone());
        return offset.plus(Duration.between(now, now.with(today)));
    }

    /** Sets any offset: only while the event store is empty (see ClockService). */
    public synchronized void reset(Duration newOffset) {
        if (!adjustable) {
            throw new NotAdjustableException();
        }
        offset = newOffset;
    }

    /** Takes the stored offset, which every node follows: the store is the authority, in either direction. */
    synchronized void adopt(Duration stored) {
        if (adjustable) {
            offset = Objects.requireNonNull(stored, "stored");
        }
    }

    /** Sets a new offset; it may only grow. */
    public synchronized void apply(Duration newOffset) {
        if (!adjustable) {
            throw new NotAdjustableException();
        }
        if (newOffset.compareTo(offset) < 0) {
            throw new MovesBackwardsException(today(), LocalDate.ofInstant(system.instant().plus(newOffset), getZone()));
        }
        offset = newOffset;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new ZoneView(this, zone);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public String toString() {
        return "BusinessClock[" + getZone() + (adjustable ? ", adjustable, offset " + offset : "") + "]";
    }

    /** The same instants seen in another zone (what {@link Clock#withZone} promises). */
    private static final class ZoneView extends Clock {

        private final BusinessClock clock;
        private final ZoneId zone;

        ZoneView(BusinessClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return clock.withZone(other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
