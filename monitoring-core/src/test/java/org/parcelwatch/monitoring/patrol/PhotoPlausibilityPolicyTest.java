package org.parcelwatch.monitoring.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.patrol.PhotoFinding.Reason;
import org.parcelwatch.monitoring.registration.LocationPoint;

/** The photo check at its boundaries: exactly the allowed days and metres pass, one more is a finding. */
class PhotoPlausibilityPolicyTest {

    static final PhotoCheckSettings SETTINGS = new PhotoCheckSettings(2, 500);
    static final LocalDate PATROL = LocalDate.of(2024, 11, 1);
    static final LocationPoint SITE = new LocationPoint(new BigDecimal("114.500000"), new BigDecimal("37.000000"),
            LocationPoint.Datum.CGCS2000);

    @Test
    void aPhotoTakenTheAllowedDaysBeforeOrAfterThePatrolPasses() {
        assertThat(check(taken("2024-10-30T23:59:59"))).isEmpty();
        assertThat(check(taken("2024-11-03T00:00:00"))).isEmpty();
    }

    @Test
    void aPhotoTakenOneDayMoreIsAFinding() {
        assertThat(check(taken("2024-10-29T23:59:59")))
                .containsExactly(new PhotoFinding("a", Reason.TAKEN_AWAY_FROM_PATROL_DATE, 3));
        assertThat(check(taken("2024-11-04T00:00:00")))
                .containsExactly(new PhotoFinding("a", Reason.TAKEN_AWAY_FROM_PATROL_DATE, 3));
    }

    @Test
    void aPhotoTakenExactlyTheAllowedMetresAwayPasses() {
        assertThat(check(at(metresNorth(500)))).isEmpty();
    }

    @Test
    void aPhotoTakenOneMetreFartherIsAFinding() {
        assertThat(check(at(metresNorth(501))))
                .containsExactly(new PhotoFinding("a", Reason.TAKEN_AWAY_FROM_PARCEL, 501));
    }

    @Test
    void withoutExifOrWithoutALocationPointNothingIsFound() {
        assertThat(check(PatrolPhoto.hashOnly("a"))).isEmpty();
        assertThat(PhotoPlausibilityPolicy.findings(PATROL, null, List.of(at(metresNorth(50_000))), SETTINGS)).isEmpty();
    }

    @Test
    void theHaversineGivesTheKnownDistanceOfADegreeOfLatitude() {
        // one degree along a meridian on the mean sphere: 2πR/360
        assertThat(PhotoPlausibilityPolicy.metresBetween(37, 114.5, 38, 114.5)).isEqualTo(111_195);
        // and a degree of longitude shrinks with the cosine of the latitude
        assertThat(PhotoPlausibilityPolicy.metresBetween(60, 10, 60, 11)).isBetween(55_597L, 55_598L);
    }

    private static List<PhotoFinding> check(PatrolPhoto photo) {
        return PhotoPlausibilityPolicy.findings(PATROL, SITE, List.of(photo), SETTINGS);
    }

    private static PatrolPhoto taken(String at) {
        return new PatrolPhoto("a", LocalDateTime.parse(at), null, null);
    }

    private static PatrolPhoto at(BigDecimal latitude) {
        return new PatrolPhoto("a", null, SITE.longitude(), latitude);
    }

    /** The latitude {@code metres} north of the site: along a meridian the haversine is R·Δφ exactly. */
    private static BigDecimal metresNorth(int metres) {
        double degrees = Math.toDegrees(metres / PhotoPlausibilityPolicy.EARTH_RADIUS_METRES);
        return BigDecimal.valueOf(SITE.latitude().doubleValue() + degrees);
    }
}
