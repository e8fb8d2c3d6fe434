package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** Idle two full years for the land user's cause: recovery without compensation may now be decided. */
public record IdleLandRecoveryEligible(String parcelId, LocalDate idleSince, LocalDate eligibleFrom)
        implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
