package org.parcelwatch.monitoring.patrol;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A photo a patrol refers to, as the evidence store knows it: its SHA-256 and what its EXIF says, the time it was
 * taken (the camera's local time, EXIF has no zone) and where (WGS-84 degrees); each null when the file does not say.
 */
public record PatrolPhoto(String sha256, LocalDateTime takenAt, BigDecimal longitude, BigDecimal latitude) {

    /** A photo known by its hash only. */
    public static PatrolPhoto hashOnly(String sha256) {
        return new PatrolPhoto(sha256, null, null, null);
    }
}
