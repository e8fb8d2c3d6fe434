package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Damages accrued as of a day: computed from the history each time, never stored. */
public record Damages(BigDecimal latePayment, BigDecimal lateStart, BigDecimal lateCompletion, BigDecimal total,
                      LocalDate asOf) {

    public static Damages of(BigDecimal latePayment, BigDecimal lateStart, BigDecimal lateCompletion, LocalDate asOf) {
        return new Damages(latePayment, lateStart, lateCompletion,
                Money.yuan(latePayment.add(lateStart).add(lateCompletion)), asOf);
    }
}
