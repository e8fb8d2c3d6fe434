package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.milestone.RecordStart;

/** 开工: construction started, as the field officer found it. */
public record StartRequest(
        @Schema(example = "2024-09-28") @NotNull @PastOrPresent LocalDate startedOn,
        @Schema(description = "what shows the start (photos, permit)", example = "foundation works, photos P-17..P-19")
        @Size(max = 2000) @PlainText(multiLine = true) String evidence) {

    public RecordStart toCommand(String parcelId) {
        return new RecordStart(parcelId, startedOn, evidence);
    }
}
