package org.parcelwatch.monitoring.payment;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

public record ContractTerminated(String parcelId, String decisionNo, LocalDate decidedOn, String reason)
        implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
