package org.parcelwatch.monitoring.idle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A disposal decision. {@code idleFee} for IDLE_FEE, with {@code feeBase} when the fee was reckoned on an assessed
 * price because the recorded price is 0 (null in events recorded before it was asked for: the fee was reckoned on
 * the recorded price), and {@code feePayableBy}, which decisions stored before 2026-11-30 counted from the decision;
 * since then it is null, the days to pay running from the delivery of the fee decision (its
 * {@code NoticeDelivered.dueDate}). The old and new agreed dates for EXTENSION (the idle clock restarts from the new
 * start), TEMPORARY_USE and CHANGE_OF_USE. {@code approvalNo} and {@code approvedOn}: the people's government's approval
 * (报本级人民政府批准), null on decisions stored before it was asked for (2026-11-30) and left out of the JSON when null,
 * so that stored payloads and their hashes stay as they were.
 */
public record IdleLandDisposed(String parcelId, IdleDisposalMethod method, String decisionNo, LocalDate decidedOn,
                               BigDecimal idleFee, LocalDate feePayableBy,
                               LocalDate previousStartDate, LocalDate newStartDate,
                               LocalDate previousCompletionDate, LocalDate newCompletionDate,
                               LocalDate temporaryUseUntil, String newLandUse, BigDecimal compensation,
                               LocalDate hearingOfferedOn, String remarks,
                               @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal feeBase,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String approvalNo,
                               @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate approvedOn) implements ParcelEvent {

    @JsonCreator
    public IdleLandDisposed {
        // the canonical constructor reads stored events; a missing fee base or approval reads as null
    }

    /** A disposal without the government's approval on record. */
    public IdleLandDisposed(String parcelId, IdleDisposalMethod method, String decisionNo, LocalDate decidedOn,
                            BigDecimal idleFee, LocalDate feePayableBy, LocalDate previousStartDate, LocalDate newStartDate,
                            LocalDate previousCompletionDate, LocalDate newCompletionDate, LocalDate temporaryUseUntil,
                            String newLandUse, BigDecimal compensation, LocalDate hearingOfferedOn, String remarks,
                            BigDecimal feeBase) {
        this(parcelId, method, decisionNo, decidedOn, idleFee, feePayableBy, previousStartDate, newStartDate,
                previousCompletionDate, newCompletionDate, temporaryUseUntil, newLandUse, compensation, hearingOfferedOn,
                remarks, feeBase, null, null);
    }

    /** The same decision with the government's approval. */
    public IdleLandDisposed approvedBy(String number, LocalDate on) {
        return new IdleLandDisposed(parcelId, method, decisionNo, decidedOn, idleFee, feePayableBy, previousStartDate,
                newStartDate, previousCompletionDate, newCompletionDate, temporaryUseUntil, newLandUse, compensation,
                hearingOfferedOn, remarks, feeBase, number, on);
    }

    /** A disposal reckoned without an assessed fee base. */
    public IdleLandDisposed(String parcelId, IdleDisposalMethod method, String decisionNo, LocalDate decidedOn,
                            BigDecimal idleFee, LocalDate feePayableBy, LocalDate previousStartDate, LocalDate newStartDate,
                            LocalDate previousCompletionDate, LocalDate newCompletionDate, LocalDate temporaryUseUntil,
                            String newLandUse, BigDecimal compensation, LocalDate hearingOfferedOn, String remarks) {
        this(parcelId, method, decisionNo, decidedOn, idleFee, feePayableBy, previousStartDate, newStartDate,
                previousCompletionDate, newCompletionDate, temporaryUseUntil, newLandUse, compensation, hearingOfferedOn,
                remarks, null, null, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
