package org.parcelwatch.monitoring.patrol;

/**
 * How far a patrol photo may lie from the patrol before the patrol is flagged for review (the application binds them
 * from {@code parcelwatch.evidence.*}); injected into the Parcel's patrol handler like the supervision settings.
 *
 * @param maxDaysFromPatrol  days the EXIF date may lie before or after the patrol date (2)
 * @param maxDistanceMetres  metres the EXIF position may lie from the parcel's location point (1000: a large parcel
 *                           and a phone's GPS error)
 */
public record PhotoCheckSettings(int maxDaysFromPatrol, int maxDistanceMetres) {

    public PhotoCheckSettings {
        if (maxDaysFromPatrol < 0 || maxDistanceMetres < 0) {
            throw new IllegalArgumentException("the photo check's days and metres must not be negative");
        }
    }

    public static PhotoCheckSettings defaults() {
        return new PhotoCheckSettings(2, 1000);
    }
}
