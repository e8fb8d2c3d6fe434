package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;

/**
 * The contract's daily damages rates (违约金日比例), as fractions: 0.001 is 1‰ per day.
 * Late payment is charged on the overdue amount; late start and completion on the total price
 * (GF-2008-2601 Art. 30 and 37).
 */
public record PenaltyRates(BigDecimal latePaymentPerDay, BigDecimal lateStartPerDay, BigDecimal lateCompletionPerDay) {

    /** 1‰ per day (国办发〔2006〕100号); contracts usually fill in the same figure for the milestones. */
    public static PenaltyRates statutoryDefaults() {
        BigDecimal perMille = new BigDecimal("0.001");
        return new PenaltyRates(perMille, perMille, perMille);
    }

    /** Each rate the contract left empty takes the default's. */
    public PenaltyRates orDefaults(PenaltyRates defaults) {
        return new PenaltyRates(
                latePaymentPerDay != null ? latePaymentPerDay : defaults.latePaymentPerDay(),
                lateStartPerDay != null ? lateStartPerDay : defaults.lateStartPerDay(),
                lateCompletionPerDay != null ? lateCompletionPerDay : defaults.lateCompletionPerDay());
    }
}
