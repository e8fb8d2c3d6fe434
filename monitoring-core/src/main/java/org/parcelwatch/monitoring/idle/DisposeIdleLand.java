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
 * {@code approvalNo} and {@code approvedOn}: the approving document of the people's government (报本级人民政府批准),
 * required for a recovery and carried by Art. 12's other disposals when they have one.
 */
public record DisposeIdleLand(@TargetAggregateIdentifier String parcelId, IdleDisposalMethod method, String decisionNo,
                              LocalDate decidedOn, LocalDate newStartDate, LocalDate newCompletionDate,
                              LocalDate temporaryUseUntil, String newLandUse, BigDecimal compensation,
                              LocalDate hearingOfferedOn, String remarks, BigDecimal feeBase, String approvalNo,
                              LocalDate approvedOn) {

    /** A disposal without the government's approval on record. */
    public DisposeIdleLand(String parcelId, IdleDisposalMethod method, String decisionNo, LocalDate decidedOn,
                           LocalDate newStartDate, LocalDate newCompletionDate, LocalDate temporaryUseUntil,
                           String newLandUse, BigDecimal compensation, LocalDate hearingOfferedOn, String remarks,
                           BigDecimal feeBase) {
        this(parcelId, method, decisionNo, decidedOn, newStartDate, newCompletionDate, temporaryUseUntil, newLandUse,
                compensation, hearingOfferedOn, remarks, feeBase, null, null);
    }

    /** The same decision with the government's approval. */
    public DisposeIdleLand approvedBy(String number, LocalDate on) {
        return new DisposeIdleLand(parcelId, method, decisionNo, decidedOn, newStartDate, newCompletionDate,
                temporaryUseUntil, newLandUse, compensation, hearingOfferedOn, remarks, feeBase, number, on);
    }

    /** A disposal without an assessed fee base. */
    public DisposeIdleLand(String parcelId, IdleDisposalMethod method, String decisionNo, LocalDate decidedOn,
                           LocalDate newStartDate, LocalDate newCompletionDate, LocalDate temporaryUseUntil,
                           String newLandUse, BigDecimal compensation, LocalDate hearingOfferedOn, String remarks) {
        this(parcelId, method, decisionNo, decidedOn, newStartDate, newCompletionDate, temporaryUseUntil, newLandUse,
                compensation, hearingOfferedOn, remarks, null, null, null);
    }
}
