package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.milestone.RecordHandover;

/** 交地: the land was handed over to the land user. */
public record HandoverRequest(
        @Schema(example = "2024-04-01") @NotNull @PastOrPresent LocalDate handedOverOn,
        @Schema(description = "the handover record (交地确认书) number", example = "JD-2024-017") @Size(max = 64) @PlainText String documentNo) {

    public RecordHandover toCommand(String parcelId) {
        return new RecordHandover(parcelId, handedOverOn, documentNo);
    }
}
