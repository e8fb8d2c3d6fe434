package org.parcelwatch.monitoring.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** A payment arrived and settled installments oldest first, as listed in {@code settlements}. */
public record PaymentReceived(String parcelId, String receiptNo, BigDecimal amount, LocalDate paidOn,
                              List<Settlement> settlements) implements ParcelEvent {

    public PaymentReceived {
        settlements = settlements == null ? List.of() : List.copyOf(settlements);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
