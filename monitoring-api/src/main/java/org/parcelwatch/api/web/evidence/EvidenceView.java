package org.parcelwatch.api.web.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.parcelwatch.api.application.evidence.EvidenceService.Photo;

/**
 * A stored photo as the API shows it: its hash (the name to refer to it by), the content type its bytes have, its
 * size, and what its EXIF says: {@code takenAt} in the camera's local time (EXIF has no zone), {@code gps} in WGS-84
 * degrees; each null when the photo does not say.
 */
public record EvidenceView(
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(example = "image/jpeg", allowableValues = {"image/jpeg", "image/png", "image/heic"}) String contentType,
        @Schema(example = "1843221") long bytes,
        @Schema(pattern = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$",
                description = "EXIF DateTimeOriginal: the camera's local time, without zone (so no date-time of RFC 3339)",
                example = "2024-11-01T09:30:00", nullable = true) String takenAt,
        @Schema(nullable = true) Gps gps) {

    /** WGS-84, decimal degrees. */
    public record Gps(@Schema(example = "114.5012345") BigDecimal longitude,
                      @Schema(example = "37.0012345") BigDecimal latitude) {
    }

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    static EvidenceView of(Photo e) {
        return new EvidenceView(e.sha256(), e.contentType(), e.bytes(),
                e.takenAt() == null ? null : LOCAL_TIME.format(e.takenAt()),
                e.longitude() == null || e.latitude() == null ? null : new Gps(e.longitude(), e.latitude()));
    }
}
