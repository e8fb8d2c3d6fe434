package org.parcelwatch.monitoring.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** An installment was not settled by its due date; overdue from {@code overdueFrom} (D+1). */
public record InstallmentOverdue(String parcelId, int installmentNo, LocalDate dueDate, BigDecimal outstanding,
                                 LocalDate overdueFrom) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
