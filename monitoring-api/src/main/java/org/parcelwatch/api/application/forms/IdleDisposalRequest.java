package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;

/**
 * The brigade's disposal of idle land. Method-specific terms: {@code newStartDate} (and optionally
 * {@code newCompletionDate}) for EXTENSION; {@code temporaryUseUntil}, {@code newStartDate} and
 * {@code newCompletionDate} for TEMPORARY_USE; {@code newLandUse}, {@code newStartDate} and
 * {@code newCompletionDate} for CHANGE_OF_USE; {@code compensation} for AGREED_RECOVERY; {@code feeBase}, the
 * assessed price, for IDLE_FEE on land whose recorded price is 0. {@code approvalNo} and {@code approvedOn}: the
 * people's government's approval (报本级人民政府批准), required for a recovery.
 */
public record IdleDisposalRequest(
        @Schema(example = "IDLE_FEE") @NotNull IdleDisposalMethod method,
        @Schema(example = "ZX-XZF-2025-1") @NotBlank @Size(max = 64) @PlainText String decisionNo,
        @Schema(example = "2025-12-01") @NotNull @PastOrPresent LocalDate decidedOn,
        LocalDate newStartDate,
        LocalDate newCompletionDate,
        LocalDate temporaryUseUntil,
        @Size(max = 64) @PlainText String newLandUse,
        @PositiveOrZero @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal compensation,
        @Schema(description = "when the land user was offered a hearing (听证)", example = "2025-11-25")
        @PastOrPresent LocalDate hearingOfferedOn,
        @Schema(example = "idle fee of 20% of the price") @Size(max = 2000) @PlainText(multiLine = true) String remarks,
        @Schema(description = "IDLE_FEE on land recorded at price 0 (allocations): the assessed price the fee of 20% is "
                + "reckoned on", example = "5000000.00")
        @Positive @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal feeBase,
        @Schema(description = "the approving document of the people's government (报本级人民政府批准); required for "
                + "RECOVERY_WITHOUT_COMPENSATION and AGREED_RECOVERY, carried by the other Art. 12 disposals",
                example = "县政府批〔2026〕9号")
        @Size(max = 64) @PlainText String approvalNo,
        @Schema(description = "the day of the approval, on or before decidedOn", example = "2026-10-09")
        @PastOrPresent LocalDate approvedOn) {

    /** A disposal without the government's approval (the fee, or a body written before approval was asked for). */
    public IdleDisposalRequest(IdleDisposalMethod method, String decisionNo, LocalDate decidedOn, LocalDate newStartDate,
                               LocalDate newCompletionDate, LocalDate temporaryUseUntil, String newLandUse,
                               BigDecimal compensation, LocalDate hearingOfferedOn, String remarks, BigDecimal feeBase) {
        this(method, decisionNo, decidedOn, newStartDate, newCompletionDate, temporaryUseUntil, newLandUse, compensation,
                hearingOfferedOn, remarks, feeBase, null, null);
    }

    public DisposeIdleLand toCommand(String parcelId) {
        return new DisposeIdleLand(parcelId, method, decisionNo, decidedOn, newStartDate, newCompletionDate,
                temporaryUseUntil, newLandUse, compensation, hearingOfferedOn, remarks, feeBase, approvalNo, approvedOn);
    }
}
