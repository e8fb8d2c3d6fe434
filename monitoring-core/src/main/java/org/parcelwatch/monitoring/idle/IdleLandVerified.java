package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** Verified on site; when not still idle the suspicion is cleared. */
public record IdleLandVerified(String parcelId, IdleGround ground, LocalDate idleSince, LocalDate verifiedOn,
                               boolean stillIdle, String remarks) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
