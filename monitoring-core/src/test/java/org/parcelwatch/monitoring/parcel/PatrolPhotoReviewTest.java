package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolPhoto;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.patrol.PhotoFinding;
import org.parcelwatch.monitoring.registration.LocationPoint;

/**
 * A patrol's stored photos are recorded by hash, and a photo taken far from the patrol's day or from the parcel's
 * location point flags the patrol for review (PATROL_REVIEW) instead of refusing it (DESIGN §6.6).
 */
class PatrolPhotoReviewTest extends ParcelFixture {

    static final String SHA = "a".repeat(64);
    static final LocationPoint SITE = new LocationPoint(new BigDecimal("114.5"), new BigDecimal("37.0"),
            LocationPoint.Datum.WGS84);

    private static Object[] registeredAndHandedOver() {
        return new Object[] {SampleContract.registeredFrom(SampleContract.register().withLocationPoint(SITE)),
                new HandoverRecorded(PARCEL_ID, d("2024-04-01"), "JD-1", d("2024-04-01"))};
    }

    private static org.parcelwatch.monitoring.patrol.RecordPatrol patrol(String on, PatrolPhoto photo) {
        return new org.parcelwatch.monitoring.patrol.RecordPatrol(PARCEL_ID, d(on), "Li Wei", ConstructionStatus.NOT_STARTED,
                null, null, null, true, false, false, null, List.of(), null, List.of(photo));
    }

    private static PatrolRecorded recorded(String on, List<PhotoFinding> findings) {
        return new PatrolRecorded(PARCEL_ID, d(on), "Li Wei", ConstructionStatus.NOT_STARTED, null, null, null, true,
                false, false, null, List.of(), null, PatrolStage.PRE_START, List.of(SHA), findings);
    }

    @Test
    void aPhotoTakenOnThePatrolDayAtTheParcelIsRecordedByHashWithoutFlag() {
        clock.setToday("2024-11-01");
        fixture.given(registeredAndHandedOver())
                .when(patrol("2024-11-01", new PatrolPhoto(SHA, LocalDateTime.parse("2024-11-01T09:30:00"),
                        new BigDecimal("114.5001"), new BigDecimal("37.0001"))))
                .expectEvents(recorded("2024-11-01", List.of()))
                .expectState(state(s -> assertThat(s.flags()).doesNotContain(Flag.PATROL_REVIEW)));
    }

    @Test
    void aPhotoTakenAMonthBeforeThePatrolFlagsItForReview() {
        clock.setToday("2024-11-01");
        fixture.given(registeredAndHandedOver())
                .when(patrol("2024-11-01", new PatrolPhoto(SHA, LocalDateTime.parse("2024-10-01T09:30:00"), null, null)))
                .expectEvents(recorded("2024-11-01",
                        List.of(new PhotoFinding(SHA, PhotoFinding.Reason.TAKEN_AWAY_FROM_PATROL_DATE, 31))))
                .expectState(state(s -> assertThat(s.flags()).contains(Flag.PATROL_REVIEW)));
    }

    @Test
    void aPhotoTakenKilometresAwayFlagsItForReview() {
        clock.setToday("2024-11-01");
        fixture.given(registeredAndHandedOver())
                .when(patrol("2024-11-01", new PatrolPhoto(SHA, null, new BigDecimal("114.5"), new BigDecimal("37.1"))))
                .expectEvents(recorded("2024-11-01",
                        List.of(new PhotoFinding(SHA, PhotoFinding.Reason.TAKEN_AWAY_FROM_PARCEL, 11_120))))
                .expectState(state(s -> assertThat(s.flags()).contains(Flag.PATROL_REVIEW)));
    }

    @Test
    void aLaterPatrolWithPlausiblePhotosTakesTheFlagDown() {
        clock.setToday("2024-11-10");
        fixture.given(registeredAndHandedOver())
                .andGiven(recorded("2024-11-01",
                        List.of(new PhotoFinding(SHA, PhotoFinding.Reason.TAKEN_AWAY_FROM_PATROL_DATE, 31))))
                .when(patrol("2024-11-10", new PatrolPhoto(SHA, LocalDateTime.parse("2024-11-10T10:00:00"), null, null)))
                .expectEvents(recorded("2024-11-10", List.of()))
                .expectState(state(s -> assertThat(s.flags()).doesNotContain(Flag.PATROL_REVIEW)));
    }

    @Test
    void aLocationPointWithoutItsDatumIsRefused() {
        fixture.givenNoPriorActivity()
                .when(SampleContract.register().withLocationPoint(new LocationPoint(new BigDecimal("114.5"),
                        new BigDecimal("37.0"), null)))
                .expectException(refused(RuleCode.INVALID_CONTRACT_TERMS))
                .expectNoEvents();
    }
}
