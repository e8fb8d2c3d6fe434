package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** 移交监察大队: the brigade must begin its investigation by {@code investigationDueBy}. */
public record IdleLandReferred(String parcelId, IdleGround ground, LocalDate idleSince, LocalDate referredOn,
                               LocalDate investigationDueBy) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
