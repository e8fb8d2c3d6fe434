package org.parcelwatch.monitoring.idle;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A disposal decision. {@code idleFee} and {@code feePayableBy} for IDLE_FEE; the old and new agreed
 * dates for EXTENSION (the idle clock restarts from the new start).
 */
public record IdleLandDisposed(String parcelId, IdleDisposalMethod method, String decisionNo, LocalDate decidedOn,
                               BigDecimal idleFee, LocalDate feePayableBy,
                               LocalDate previousStartDate, LocalDate newStartDate,
                               LocalDate previousCompletionDate, LocalDate newCompletionDate,
                               LocalDate temporaryUseUntil, String newLandUse, BigDecimal compensation,
                               LocalDate hearingOfferedOn, String remarks) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
