package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.DetermineIdleLand;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;

/** 闲置土地认定书: the brigade's determination, with its cause. */
public record IdleDeterminationRequest(
        @Schema(example = "ZX-XZRD-2025-1") @NotBlank @Size(max = 64) @PlainText String determinationNo,
        @Schema(example = "2025-11-20") @NotNull @PastOrPresent LocalDate determinedOn,
        @Schema(example = "LAND_USER") @NotNull BreachCause cause,
        @Schema(description = "required with cause GOVERNMENT") GovernmentCause governmentCause,
        @Schema(description = "defaults to the suspicion's", example = "2024-10-01") @PastOrPresent LocalDate idleSince) {

    public DetermineIdleLand toCommand(String parcelId) {
        return new DetermineIdleLand(parcelId, determinationNo, determinedOn, cause, governmentCause, idleSince);
    }
}
