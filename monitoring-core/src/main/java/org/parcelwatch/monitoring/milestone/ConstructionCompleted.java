package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

public record ConstructionCompleted(String parcelId, LocalDate completedOn, String acceptanceNo, LocalDate agreedDate)
        implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
