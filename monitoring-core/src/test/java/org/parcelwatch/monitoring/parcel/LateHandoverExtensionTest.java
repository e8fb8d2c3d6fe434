package org.parcelwatch.monitoring.parcel;

import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeWording;

/**
 * DESIGN §6.1 rule 1, the extension side: a late handover (the bureau's own delay) is answered by an extension
 * with government cause LAND_NOT_HANDED_OVER_ON_TIME, which needs no application 30 days ahead and no finding
 * on a start missed for want of the land; the cause must be true.
 */
class LateHandoverExtensionTest extends ParcelFixture {

    private static final GovernmentCause LATE_HANDOVER = GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME;

    private static GrantExtension extendStart(String appliedOn, String approvedOn, GovernmentCause cause) {
        return new GrantExtension(PARCEL_ID, Milestone.START, d("2025-06-01"), "XH-YQ-2024-09", d(approvedOn),
                appliedOn == null ? null : d(appliedOn), "land handed over late", null, cause);
    }

    /**
     * The handover overdue since 2024-04-02 that no sweep of these histories recorded: the extension's check of the due
     * points (issue 20) records it at once.
     */
    private static final HandoverOverdue HANDOVER_OVERDUE = new HandoverOverdue(PARCEL_ID, d("2024-04-01"), d("2024-04-02"));

    private static ExtensionGranted granted(String approvedOn, GovernmentCause cause) {
        return new ExtensionGranted(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2025-06-01"), d("2026-10-01"),
                d("2027-06-01"), "XH-YQ-2024-09", d(approvedOn), "land handed over late", cause);
    }

    @Test
    void handedOverLateTheExtensionNeedsNoApplicationThirtyDaysAhead() {
        // handed over on 2024-09-20 instead of 2024-04-01; the start is agreed for 2024-10-01
        clock.setToday("2024-09-25");
        fixture.given(Histories.paidAndHandedOverOn("2024-09-20").toArray())
                .when(extendStart("2024-09-22", "2024-09-25", LATE_HANDOVER))
                .expectEvents(granted("2024-09-25", LATE_HANDOVER));
        createFixture();
        clock.setToday("2024-09-25");
        fixture.given(Histories.paidAndHandedOverOn("2024-09-20").toArray())
                .when(extendStart("2024-09-22", "2024-09-25", null))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void appliedOnTheAgreedStartItselfOrApprovedTheDayAfter() {
        clock.setToday("2024-10-01");
        fixture.given(Histories.paidAndHandedOverOn("2024-09-20").toArray())
                .when(extendStart("2024-10-01", "2024-10-01", LATE_HANDOVER))
                .expectEvents(granted("2024-10-01", LATE_HANDOVER));
        createFixture();
        clock.setToday("2024-10-02");
        fixture.given(Histories.paidAndHandedOverOn("2024-09-20").toArray())
                .when(extendStart("2024-10-02", "2024-10-02", LATE_HANDOVER))
                .expectEvents(granted("2024-10-02", LATE_HANDOVER));
    }

    @Test
    void aStartMissedForWantOfTheLandNeedsNoFinding() {
        Object[] missed = array(Histories.paidNotHandedOver(),
                new MilestoneMissed(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2024-10-02")),
                notice(NoticeWording.startOverdue(PROJECT, d("2024-10-01"), d("2024-10-02")), 1));
        clock.setToday("2024-10-20");
        fixture.given(missed)
                .when(extendStart(null, "2024-10-20", LATE_HANDOVER))
                .expectEvents(granted("2024-10-20", LATE_HANDOVER), HANDOVER_OVERDUE);
        createFixture();
        clock.setToday("2024-10-20");
        fixture.given(missed)
                .when(extendStart(null, "2024-10-20", null))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void theStartPassedWhileTheLandWasNotHandedOverNeedsNoFindingEither() {
        // the sweep leaves the start alone before the handover: no MilestoneMissed on record
        clock.setToday("2024-10-20");
        fixture.given(Histories.paidNotHandedOver().toArray())
                .when(extendStart(null, "2024-10-20", LATE_HANDOVER))
                .expectEvents(granted("2024-10-20", LATE_HANDOVER), HANDOVER_OVERDUE);
    }

    @Test
    void theCauseMustBeTrueOfTheHandover() {
        // handed over on the agreed day: not late
        clock.setToday("2024-09-25");
        fixture.given(Histories.paidAndHandedOverOn("2024-04-01").toArray())
                .when(extendStart("2024-09-22", "2024-09-25", LATE_HANDOVER))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("2024-04-01"))
                .expectNoEvents();
        // the day after: late
        createFixture();
        clock.setToday("2024-09-25");
        fixture.given(Histories.paidAndHandedOverOn("2024-04-02").toArray())
                .when(extendStart("2024-09-22", "2024-09-25", LATE_HANDOVER))
                .expectEvents(granted("2024-09-25", LATE_HANDOVER));
    }

    @Test
    void notHandedOverTheCauseHoldsFromTheDayAfterTheAgreedHandover() {
        clock.setToday("2024-04-01");
        fixture.given(Histories.paidNotHandedOver().toArray())
                .when(extendStart("2024-04-01", "2024-04-01", LATE_HANDOVER))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
        createFixture();
        clock.setToday("2024-04-02");
        fixture.given(Histories.paidNotHandedOver().toArray())
                .when(extendStart("2024-04-02", "2024-04-02", LATE_HANDOVER))
                .expectEvents(granted("2024-04-02", LATE_HANDOVER), HANDOVER_OVERDUE);
    }

    @Test
    void anotherGovernmentCauseStillNeedsTheApplicationInTime() {
        clock.setToday("2024-09-25");
        fixture.given(Histories.paidAndHandedOverOn("2024-09-20").toArray())
                .when(extendStart("2024-09-22", "2024-09-25", GovernmentCause.PLAN_REVISED))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void theLateHandoverExtensionCountsAgainstTheYear() {
        clock.setToday("2024-10-20");
        fixture.given(Histories.paidNotHandedOver().toArray())
                .when(new GrantExtension(PARCEL_ID, Milestone.START, d("2025-10-02"), "XH-YQ-2024-09", d("2024-10-20"), null,
                        "land handed over late", null, LATE_HANDOVER))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }
}
