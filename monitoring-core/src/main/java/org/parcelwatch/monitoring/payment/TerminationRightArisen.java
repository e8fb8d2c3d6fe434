package org.parcelwatch.monitoring.payment;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * More than the allowed days overdue after an urge notice: the bureau may terminate the contract
 * (GF-2008-2601 Art. 30). Termination itself stays a desk decision.
 */
public record TerminationRightArisen(String parcelId, int installmentNo, LocalDate dueDate, String urgeNoticeNo,
                                     LocalDate arisenOn) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
