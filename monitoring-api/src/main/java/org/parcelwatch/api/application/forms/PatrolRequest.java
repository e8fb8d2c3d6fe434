package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolPhoto;
import org.parcelwatch.monitoring.patrol.RecordPatrol;

/** A field patrol (巡查) and what it found; {@code photoRefs} free references, {@code photos} stored photos by hash. */
public record PatrolRequest(
        @Schema(example = "2024-11-01") @NotNull @PastOrPresent LocalDate patrolledOn,
        @Schema(example = "Li Wei") @NotBlank @Size(max = 100) @PlainText String inspector,
        @Schema(example = "UNDER_CONSTRUCTION") @NotNull ConstructionStatus status,
        @Schema(description = "only with status SUSPENDED: since when work stopped") @PastOrPresent LocalDate suspendedSince,
        @Schema(example = "5200.00") @PositiveOrZero @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2)
        BigDecimal builtFloorAreaSqm,
        @Schema(description = "yuan invested, excluding the land price and taxes", example = "12000000.00")
        @PositiveOrZero @Digits(integer = ApiPatterns.YUAN_INTEGER_DIGITS, fraction = 2) BigDecimal investedAmount,
        @Schema(description = "the information board (信息公示牌) is posted", example = "true") Boolean infoBoardPosted,
        @Schema(example = "false") Boolean useChanged,
        @Schema(example = "false") Boolean relocated,
        @Schema(description = "跟踪管理卡 number", example = "GZK-2024-017") @Size(max = 64) @PlainText String trackingCardNo,
        @Schema(example = "[\"p-2024-11-01-1.jpg\"]") @Size(max = 50) List<@NotBlank @PlainText @Size(max = 500) String> photoRefs,
        @Schema(example = "routine patrol") @Size(max = 2000) @PlainText(multiLine = true) String remarks,
        @ArraySchema(schema = @Schema(description = "SHA-256 of a photo uploaded to POST /api/v1/evidence (422 "
                + "EVIDENCE_UNKNOWN if not stored); a photo far from the patrol's date or the parcel's location point "
                + "flags the patrol PATROL_REVIEW", example = ApiPatterns.SHA256_EXAMPLE))
        @Size(max = 50) List<@NotNull @PlainText @Pattern(regexp = ApiPatterns.SHA256, message = ApiPatterns.SHA256_MESSAGE) String> photos) {

    /** The patrol without stored photos (photos, if named, are resolved by the evidence store first). */
    public RecordPatrol toCommand(String parcelId) {
        return toCommand(parcelId, List.of());
    }

    /** The patrol with its stored photos as the evidence store knows them. */
    public RecordPatrol toCommand(String parcelId, List<PatrolPhoto> storedPhotos) {
        return new RecordPatrol(parcelId, patrolledOn, inspector, status, suspendedSince, builtFloorAreaSqm,
                investedAmount, infoBoardPosted, useChanged, relocated, trackingCardNo, photoRefs, remarks, storedPhotos);
    }
}
