package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.milestone.RecordCompletion;

/**
 * 竣工: the actual completion, or the planning acceptance (规划验收) date and number; optionally the floor area the
 * acceptance records, on which the plot ratio is checked (else the last patrol's).
 */
public record CompletionRequest(
        @Schema(example = "2026-09-20") @NotNull @PastOrPresent LocalDate completedOn,
        @Schema(example = "GH-YS-2026-9") @Size(max = 64) @PlainText String acceptanceNo,
        @Schema(example = "41000.00", description = "built floor area (m²) as accepted; a plot ratio outside the "
                + "contract's bounds flags the parcel PLOT_RATIO_OUT_OF_RANGE")
        @PositiveOrZero @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal builtFloorAreaSqm,
        @ArraySchema(schema = @Schema(description = "SHA-256 of a photo uploaded to POST /api/v1/evidence (422 "
                + "EVIDENCE_UNKNOWN if not stored)", example = ApiPatterns.SHA256_EXAMPLE))
        @Size(max = 50) List<@NotNull @PlainText @Pattern(regexp = ApiPatterns.SHA256, message = ApiPatterns.SHA256_MESSAGE) String> photos) {

    public RecordCompletion toCommand(String parcelId) {
        return toCommand(parcelId, List.of());
    }

    /** The command with the photo hashes the evidence store confirmed. */
    public RecordCompletion toCommand(String parcelId, List<String> storedPhotos) {
        return new RecordCompletion(parcelId, completedOn, acceptanceNo, builtFloorAreaSqm, storedPhotos);
    }
}
