package org.parcelwatch.monitoring.parcel;

import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.idle.VerifyIdleLand;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.RecordBreachFinding;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/** Field work entered some days after it was done keeps its own dates. */
class EnteredLaterTest extends ParcelFixture {

    @Test
    void aFindingEnteredLaterIsDatedWhenItWasMade() {
        clock.setToday("2024-11-20");
        fixture.given(Histories.startMissed().toArray())
                .when(new RecordBreachFinding(PARCEL_ID, Milestone.START, BreachCause.LAND_USER, null, "no works",
                        d("2024-10-10")))
                .expectEvents(new BreachFindingRecorded(PARCEL_ID, Milestone.START, d("2024-10-01"), BreachCause.LAND_USER,
                                null, "no works", d("2024-10-10"), true),
                        notice(NoticeWording.performance(NoticeType.START_PERFORMANCE, PROJECT, SupplyMethod.LISTING, d("2024-10-01"),
                                yuan("12345678.00"), yuan("0.0005"), d("2024-10-10")), 1));
    }

    @Test
    void aFindingCannotPrecedeTheMiss() {
        clock.setToday("2024-11-20");
        fixture.given(Histories.startMissed().toArray())
                .when(new RecordBreachFinding(PARCEL_ID, Milestone.START, BreachCause.LAND_USER, null, "early",
                        d("2024-10-01")))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void theReferralIsDatedOnTheSiteVisit() {
        clock.setToday("2025-11-20");
        fixture.given(array(Histories.startBreached(),
                        new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-02"))))
                .when(new VerifyIdleLand(PARCEL_ID, d("2025-10-08"), true, "vacant"))
                .expectEvents(
                        new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-08"), true, "vacant"),
                        new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-08"), d("2025-11-07")),
                        notice(NoticeWording.idleInvestigation(PROJECT, d("2024-10-01"), d("2025-10-08"), 30), 1));
    }

    @Test
    void anExtensionApprovedInTimeIsGrantedWhenEnteredAfterTheDate() {
        clock.setToday("2024-10-20");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new GrantExtension(PARCEL_ID, Milestone.START, d("2025-03-01"), "YQ-1", d("2024-08-15"),
                        d("2024-08-01"), "financing", null))
                .expectEvents(new ExtensionGranted(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2025-03-01"),
                        d("2026-10-01"), d("2027-03-01"), "YQ-1", d("2024-08-15"), "financing"));
    }

    @Test
    void noRecoveryEligibilityOnceConstructionHasStarted() {
        LocalDate since = d("2024-10-01");
        fixture.given(array(Histories.startBreached(),
                        new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, since, d("2025-10-02")),
                        new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, since, d("2025-10-08"), true, "vacant"),
                        new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, since, d("2025-10-08"), d("2025-11-07")),
                        new IdleLandDetermined(PARCEL_ID, "XZRD-1", d("2025-10-28"), BreachCause.LAND_USER, null, since),
                        new ConstructionStarted(PARCEL_ID, d("2025-12-01"), "photos", d("2024-10-01")),
                        NoticeWording.completionReminder(PROJECT, d("2026-10-01"), d("2026-09-01")).issue(PARCEL_ID, 1)))
                .when(sweepOn("2026-10-02"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(org.parcelwatch.monitoring.milestone.MilestoneMissed.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

}
