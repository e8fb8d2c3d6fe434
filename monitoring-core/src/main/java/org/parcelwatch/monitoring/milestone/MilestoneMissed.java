package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** The agreed date passed without the milestone: a patrol re-check and a finding of the cause are due. */
public record MilestoneMissed(String parcelId, Milestone milestone, LocalDate agreedDate, LocalDate missedFrom)
        implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
