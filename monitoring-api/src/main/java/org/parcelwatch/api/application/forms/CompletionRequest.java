package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.milestone.RecordCompletion;

/** 竣工: the actual completion, or the planning acceptance (规划验收) date and number. */
public record CompletionRequest(
        @Schema(example = "2026-09-20") @NotNull @PastOrPresent LocalDate completedOn,
        @Schema(example = "GH-YS-2026-9") @Size(max = 64) String acceptanceNo) {

    public RecordCompletion toCommand(String parcelId) {
        return new RecordCompletion(parcelId, completedOn, acceptanceNo);
    }
}
