package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.milestone.RecordStart;

/** 开工: construction started, as the field officer found it. */
public record StartRequest(
        @Schema(example = "2024-09-28") @NotNull @PastOrPresent LocalDate startedOn,
        @Schema(description = "what shows the start (photos, permit)", example = "foundation works, photos P-17..P-19")
        @Size(max = 2000) @PlainText(multiLine = true) String evidence,
        @ArraySchema(schema = @Schema(description = "SHA-256 of a photo uploaded to POST /api/v1/evidence (422 "
                + "EVIDENCE_UNKNOWN if not stored)", example = ApiPatterns.SHA256_EXAMPLE))
        @Size(max = 50) List<@NotNull @PlainText @Pattern(regexp = ApiPatterns.SHA256, message = ApiPatterns.SHA256_MESSAGE) String> photos) {

    public RecordStart toCommand(String parcelId) {
        return toCommand(parcelId, List.of());
    }

    /** The command with the photo hashes the evidence store confirmed. */
    public RecordStart toCommand(String parcelId, List<String> storedPhotos) {
        return new RecordStart(parcelId, startedOn, evidence, storedPhotos);
    }
}
