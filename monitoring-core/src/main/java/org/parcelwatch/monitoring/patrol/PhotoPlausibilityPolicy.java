package org.parcelwatch.monitoring.patrol;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.monitoring.registration.LocationPoint;

/**
 * Does a patrol's photo look like it was taken at that patrol (DESIGN §6.6)? A photo whose EXIF date lies more than
 * {@code maxDaysFromPatrol} days from the patrol date, or whose EXIF position lies more than
 * {@code maxDistanceMetres} from the parcel's location point, is a finding: the patrol is flagged for review, not
 * refused (a photo may be late for honest reasons; the bureau looks). Exactly the allowed days or metres pass. A photo
 * without EXIF time or position, or a parcel without a location point, gives no finding on that count: phones often
 * strip the position, and the check is a help to the reviewer, not proof.
 */
public final class PhotoPlausibilityPolicy {

    /** Mean earth radius (IUGG), metres: the haversine's error against the ellipsoid is far below the allowed metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private PhotoPlausibilityPolicy() {
    }

    public static List<PhotoFinding> findings(LocalDate patrolledOn, LocationPoint site, List<PatrolPhoto> photos,
                                              PhotoCheckSettings settings) {
        List<PhotoFinding> findings = new ArrayList<>();
        for (PatrolPhoto photo : photos) {
            if (photo.takenAt() != null) {
                long days = Math.abs(ChronoUnit.DAYS.between(patrolledOn, photo.takenAt().toLocalDate()));
                if (days > settings.maxDaysFromPatrol()) {
                    findings.add(new PhotoFinding(photo.sha256(), PhotoFinding.Reason.TAKEN_AWAY_FROM_PATROL_DATE, days));
                }
            }
            if (site != null && site.longitude() != null && site.latitude() != null
                    && photo.longitude() != null && photo.latitude() != null) {
                long metres = metresBetween(site.latitude().doubleValue(), site.longitude().doubleValue(),
                        photo.latitude().doubleValue(), photo.longitude().doubleValue());
                if (metres > settings.maxDistanceMetres()) {
                    findings.add(new PhotoFinding(photo.sha256(), PhotoFinding.Reason.TAKEN_AWAY_FROM_PARCEL, metres));
                }
            }
        }
        return List.copyOf(findings);
    }

    /** The great-circle distance (haversine), rounded to whole metres. */
    public static long metresBetween(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(longitude2 - longitude1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
    }
}
