package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;

/**
 * The brigade's disposal of idle land. Method-specific terms: {@code newStartDate} (and optionally
 * {@code newCompletionDate}) for EXTENSION, {@code temporaryUseUntil} for TEMPORARY_USE, {@code newLandUse}
 * for CHANGE_OF_USE, {@code compensation} for AGREED_RECOVERY.
 */
public record IdleDisposalRequest(
        @Schema(example = "IDLE_FEE") @NotNull IdleDisposalMethod method,
        @Schema(example = "ZX-XZF-2025-1") @NotBlank @Size(max = 64) String decisionNo,
        @Schema(example = "2025-12-01") @NotNull @PastOrPresent LocalDate decidedOn,
        LocalDate newStartDate,
        LocalDate newCompletionDate,
        LocalDate temporaryUseUntil,
        @Size(max = 64) String newLandUse,
        @PositiveOrZero @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal compensation,
        @Schema(description = "when the land user was offered a hearing (听证)", example = "2025-11-25")
        @PastOrPresent LocalDate hearingOfferedOn,
        @Schema(example = "idle fee of 20% of the price") @Size(max = 2000) String remarks) {

    public DisposeIdleLand toCommand(String parcelId) {
        return new DisposeIdleLand(parcelId, method, decisionNo, decidedOn, newStartDate, newCompletionDate,
                temporaryUseUntil, newLandUse, compensation, hearingOfferedOn, remarks);
    }
}
