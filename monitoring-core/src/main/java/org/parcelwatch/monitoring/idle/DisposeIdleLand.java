package org.parcelwatch.monitoring.idle;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The brigade's disposal decision. Method-specific terms: {@code newStartDate} (and optionally
 * {@code newCompletionDate}) for EXTENSION; {@code temporaryUseUntil} and the new start and completion dates
 * for TEMPORARY_USE; {@code newLandUse} and the new start and completion dates for CHANGE_OF_USE;
 * {@code compensation} for AGREED_RECOVERY; {@code feeBase} (the assessed price) for IDLE_FEE on land whose
 * recorded price is 0. {@code hearingOfferedOn}: the land user's right to a hearing (听证) before a fee or recovery.
 */
public record DisposeIdleLand(@TargetAggregateIdentifier String parcelId, IdleDisposalMethod method, String decisionNo,
                              LocalDate decidedOn, LocalDate newStartDate, LocalDate newCompletionDate,
                              LocalDate temporaryUseUntil, String newLandUse, BigDecimal compensation,
                              LocalDate hearingOfferedOn, String remarks, BigDecimal feeBase) {

    /** A disposal without an assessed fee base. */
    public DisposeIdleLand(String parcelId, IdleDisposalMethod method, String decisionNo, LocalDate decidedOn,
                           LocalDate newStartDate, LocalDate newCompletionDate, LocalDate temporaryUseUntil,
                           String newLandUse, BigDecimal compensation, LocalDate hearingOfferedOn, String remarks) {
        this(parcelId, method, decisionNo, decidedOn, newStartDate, newCompletionDate, temporaryUseUntil, newLandUse,
                compensation, hearingOfferedOn, remarks, null);
    }
}
