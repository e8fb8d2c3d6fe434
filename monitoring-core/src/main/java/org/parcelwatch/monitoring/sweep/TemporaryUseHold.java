package org.parcelwatch.monitoring.sweep;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcelwatch.monitoring.parcel.ParcelState;

/**
 * A temporary use (安排临时使用, 《闲置土地处置办法》 Art. 12 (3)) holds the start, completion and idle rules until it
 * ends: a point of theirs that would fire on or before its last day fires the day after instead, or lapses if its
 * time is over by then. The payment rules are not held.
 */
public final class TemporaryUseHold {

    /** The rules a temporary use holds. */
    public static final Set<String> HELD_RULES = Set.of("START_REMINDER", "START_MISSED", "COMPLETION_REMINDER",
            "COMPLETION_MISSED", "IDLE_NOT_STARTED", "IDLE_PARTIAL_DEVELOPMENT");

    private TemporaryUseHold() {
    }

    /** The rule's points as the parcel's temporary use, if any, lets them fire. */
    public static List<DuePoint> hold(String rule, ParcelState parcel, List<DuePoint> points) {
        LocalDate until = parcel.temporaryUseUntil();
        if (until == null || !HELD_RULES.contains(rule)) {
            return points;
        }
        return points.stream().flatMap(point -> heldUntil(point, until).stream()).toList();
    }

    /** The point, fired no earlier than the day after {@code until}; empty when it lapses before that day. */
    static Optional<DuePoint> heldUntil(DuePoint point, LocalDate until) {
        if (point.firesOn().isAfter(until)) {
            return Optional.of(point);
        }
        LocalDate dayAfter = until.plusDays(1);
        if (point.lapsesAfter() != null && dayAfter.isAfter(point.lapsesAfter())) {
            return Optional.empty();
        }
        return Optional.of(new DuePoint(point.rule(), point.subject(), dayAfter, point.lapsesAfter(), point.action()));
    }
}
