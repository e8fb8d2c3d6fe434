package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.Milestone;

/**
 * An approved extension (延期). For START the completion date moves by the same days unless
 * {@code newCompletionDate} is given.
 */
public record ExtensionRequest(
        @Schema(description = "START or COMPLETION", example = "START") @NotNull Milestone milestone,
        @Schema(example = "2025-03-01") @NotNull LocalDate newDate,
        @Schema(example = "YQ-2024-003") @NotBlank @Size(max = 64) @PlainText String approvalNo,
        @Schema(example = "2024-10-20") @NotNull @PastOrPresent LocalDate approvedOn,
        @Schema(description = "when the land user applied; the approval date when absent", example = "2024-08-15")
        @PastOrPresent LocalDate appliedOn,
        @Schema(example = "road plan revised") @Size(max = 2000) @PlainText(multiLine = true) String reason,
        @Schema(description = "for START only: a completion date other than the moved one") LocalDate newCompletionDate,
        @Schema(description = "the government act (Art. 8) the extension answers; LAND_NOT_HANDED_OVER_ON_TIME needs no "
                + "application 30 days ahead and no finding on a start missed for want of the land",
                example = "LAND_NOT_HANDED_OVER_ON_TIME") GovernmentCause governmentCause) {

    @AssertTrue(message = "appliedOn must not lie after approvedOn")
    @Schema(hidden = true)
    public boolean isAppliedBeforeApproval() {
        return appliedOn == null || approvedOn == null || !appliedOn.isAfter(approvedOn);
    }

    @AssertTrue(message = "newCompletionDate must follow newDate")
    @Schema(hidden = true)
    public boolean isCompletionAfterNewDate() {
        return newCompletionDate == null || newDate == null || newCompletionDate.isAfter(newDate);
    }

    public GrantExtension toCommand(String parcelId) {
        return new GrantExtension(parcelId, milestone, newDate, approvalNo, approvedOn, appliedOn, reason, newCompletionDate,
                governmentCause);
    }
}
