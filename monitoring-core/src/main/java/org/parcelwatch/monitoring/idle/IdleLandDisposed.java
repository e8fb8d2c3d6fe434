package org.parcelwatch.monitoring.idle;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A disposal decision. {@code idleFee} for IDLE_FEE, and {@code feePayableBy}, which decisions stored before
 * 2026-11-30 counted from the decision; since then it is null, the days to pay running from the delivery of the
 * fee decision (its {@code NoticeDelivered.dueDate}). The old and new agreed
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
