package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** The idle-land test holds; a field officer must verify on site. {@code idleSince} is the date the year ran from. */
public record IdleLandSuspected(String parcelId, IdleGround ground, LocalDate idleSince, LocalDate suspectedOn)
        implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
