package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.RecordBreachFinding;

/** Why a start or completion was missed, as found on re-check. */
public record BreachFindingRequest(
        @Schema(description = "START or COMPLETION", example = "START") @NotNull Milestone milestone,
        @Schema(example = "LAND_USER") @NotNull BreachCause cause,
        @Schema(description = "required with cause GOVERNMENT: the ground of Art. 8") GovernmentCause governmentCause,
        @Schema(example = "no works on site, land user short of funds") @Size(max = 2000) @PlainText(multiLine = true) String findings,
        @Schema(description = "when the cause was found (default today; not after today, not before the miss)",
                example = "2024-10-10") java.time.LocalDate foundOn) {

    public RecordBreachFinding toCommand(String parcelId) {
        return new RecordBreachFinding(parcelId, milestone, cause, governmentCause, findings, foundOn);
    }
}
