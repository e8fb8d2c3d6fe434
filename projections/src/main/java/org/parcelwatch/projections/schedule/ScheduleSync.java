package org.parcelwatch.projections.schedule;

import java.time.LocalDate;
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

    private final ScheduleRepository schedule;
    private final SupervisionSettings settings;

    public ScheduleSync(ScheduleRepository schedule, SupervisionSettings settings) {
        this.schedule = schedule;
        this.settings = settings;
    }

    /** Returns the next day a rule can act, for the ledger. */
    public LocalDate sync(ParcelState state, LocalDate eventDay) {
        List<DuePoint> pending = DueRule.pendingPoints(state, settings);
        Map<ScheduledPoint.Key, ScheduledPoint> stored = new HashMap<>();
        for (ScheduledPoint row : schedule.findByParcelIdAndStatus(state.parcelId(), ScheduledPoint.Status.PENDING)) {
            stored.put(row.key(), row);
        }
        for (DuePoint point : pending) {
            ScheduledPoint.Key key = new ScheduledPoint.Key(state.parcelId(), point.rule(), point.subject(), point.firesOn());
            if (stored.remove(key) == null) {
                schedule.save(new ScheduledPoint(state.parcelId(), point.rule(), point.subject(), point.firesOn(),
                        point.lapsesAfter()));
            }
        }
        stored.values().forEach(row -> row.done(eventDay));
        return pending.isEmpty() ? null : pending.get(0).firesOn();
    }
}
