package org.parcelwatch.projections.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.sweep.DuePoint;
import org.parcelwatch.monitoring.sweep.DueRule;
import org.springframework.stereotype.Component;

/**
 * Keeps a parcel's schedule rows equal to the pending points of its fold: new points are added,
 * points the parcel no longer has are marked DONE on the event's day. Derived only from events.
 */
@Component
public class ScheduleSync {

    private final SupervisionSettings settings;

    public ScheduleSync(SupervisionSettings settings) {
        this.settings = settings;
    }

    /** What changed: rows to insert, and the next day a rule can act (for the ledger). */
    public record Change(List<ScheduledPoint> added, LocalDate nextDueOn) {
    }

    /**
     * Diffs the fold's pending points against the parcel's PENDING rows ({@code pending}, updated in
     * place: rows that are done are marked and removed, added rows put in).
     */
    public Change sync(ParcelState state, LocalDate eventDay, Map<ScheduledPoint.Key, ScheduledPoint> pending) {
        List<DuePoint> points = DueRule.pendingPoints(state, settings);
        Map<ScheduledPoint.Key, ScheduledPoint> stale = new HashMap<>(pending);
        List<ScheduledPoint> added = new ArrayList<>();
        for (DuePoint point : points) {
            ScheduledPoint.Key key = new ScheduledPoint.Key(state.parcelId(), point.rule(), point.subject(), point.firesOn());
            if (stale.remove(key) == null) {
                ScheduledPoint row = new ScheduledPoint(state.parcelId(), point.rule(), point.subject(), point.firesOn(),
                        point.lapsesAfter());
                added.add(row);
                pending.put(key, row);
            }
        }
        stale.forEach((key, row) -> {
            row.done(eventDay);
            pending.remove(key);
        });
        return new Change(added, points.isEmpty() ? null : points.get(0).firesOn());
    }
}
