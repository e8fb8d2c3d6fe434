package org.parcelwatch.monitoring.patrol;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** A recorded patrol closed the task it answers; {@code onTime}: on or before the task's last day. */
public record PatrolTaskDone(String parcelId, String taskId, LocalDate doneOn, String inspector, boolean onTime)
        implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
