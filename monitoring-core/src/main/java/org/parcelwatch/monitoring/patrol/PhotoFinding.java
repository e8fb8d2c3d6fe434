package org.parcelwatch.monitoring.patrol;

/**
 * Why a patrol's photo puts the patrol up for review: it was taken {@code amount} days from the patrol date, or
 * {@code amount} metres from the parcel's location point, more than the bureau allows.
 */
public record PhotoFinding(String sha256, Reason reason, long amount) {

    public enum Reason {
        /** EXIF time more than the allowed days before or after the patrol date; amount in days. */
        TAKEN_AWAY_FROM_PATROL_DATE,
        /** EXIF GPS farther than the allowed distance from the parcel's location point; amount in metres. */
        TAKEN_AWAY_FROM_PARCEL
    }
}
