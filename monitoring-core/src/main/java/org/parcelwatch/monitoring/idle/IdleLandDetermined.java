package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

public record IdleLandDetermined(String parcelId, String determinationNo, LocalDate determinedOn, BreachCause cause,
                                 GovernmentCause governmentCause, LocalDate idleSince) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
