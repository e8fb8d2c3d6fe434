package org.parcelwatch.monitoring.patrol;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A patrol task for {@code officer} (null: the parcel has no officer yet, the desk's worklist shows it), due on
 * {@code dueOn} and to be done by {@code doBy}; {@code complaintId} names the complaint a COMPLAINT task answers.
 */
public record PatrolTaskAssigned(String parcelId, String taskId, PatrolTaskKind kind, String officer, LocalDate dueOn,
                                 LocalDate doBy, LocalDate assignedOn, String complaintId) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
