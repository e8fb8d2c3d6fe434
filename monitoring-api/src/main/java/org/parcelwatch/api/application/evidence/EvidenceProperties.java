package org.parcelwatch.api.application.evidence;

import org.parcelwatch.monitoring.patrol.PhotoCheckSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Photo evidence ({@code parcelwatch.evidence.*}): the largest file accepted, and how far a patrol's photo may lie
 * from the patrol before the patrol is flagged for review. A figure left out keeps its default (10MB,
 * {@link PhotoCheckSettings#defaults()}).
 *
 * @param maxBytes          largest photo accepted (10MB); larger is 413
 * @param maxDaysFromPatrol days the EXIF date may lie from the patrol date (2)
 * @param maxDistanceM      metres the EXIF position may lie from the parcel's location point (1000)
 */
@ConfigurationProperties("parcelwatch.evidence")
public record EvidenceProperties(DataSize maxBytes, Integer maxDaysFromPatrol, Integer maxDistanceM) {

    public long maxFileBytes() {
        return maxBytes == null ? DataSize.ofMegabytes(10).toBytes() : maxBytes.toBytes();
    }

    /** The settings the Parcel's patrol handler reads (an injected resource, like the supervision settings). */
    public PhotoCheckSettings photoChecks() {
        PhotoCheckSettings defaults = PhotoCheckSettings.defaults();
        return new PhotoCheckSettings(maxDaysFromPatrol != null ? maxDaysFromPatrol : defaults.maxDaysFromPatrol(),
                maxDistanceM != null ? maxDistanceM : defaults.maxDistanceMetres());
    }
}
