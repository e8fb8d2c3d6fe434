package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeWording;

class ExtensionTest extends ParcelFixture {

    private static GrantExtension extendStart(String newDate, String appliedOn, String approvedOn) {
        return new GrantExtension(PARCEL_ID, Milestone.START, d(newDate), "XH-YQ-2024-05", d(approvedOn),
                appliedOn == null ? null : d(appliedOn), "financing delayed", null);
    }

    @Test
    void aStartExtensionMovesTheCompletionByTheSameDays() {
        clock.setToday("2024-08-15");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(extendStart("2025-03-01", "2024-08-01", "2024-08-15"))
                .expectEvents(new ExtensionGranted(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2025-03-01"),
                        d("2026-10-01"), d("2027-03-01"), "XH-YQ-2024-05", d("2024-08-15"), "financing delayed"))
                .expectState(state(s -> {
                    assertThat(s.milestone(Milestone.START).agreedDate()).isEqualTo(d("2025-03-01"));
                    assertThat(s.milestone(Milestone.START).originalDate()).isEqualTo(d("2024-10-01"));
                    assertThat(s.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(d("2027-03-01"));
                }));
    }

    @Test
    void anApprovalMayKeepTheCompletionDate() {
        clock.setToday("2024-08-15");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new GrantExtension(PARCEL_ID, Milestone.START, d("2025-03-01"), "XH-YQ-2024-05", d("2024-08-15"),
                        d("2024-08-01"), "financing delayed", d("2026-10-01")))
                .expectEvents(new ExtensionGranted(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2025-03-01"),
                        d("2026-10-01"), d("2026-10-01"), "XH-YQ-2024-05", d("2024-08-15"), "financing delayed"));
    }

    @Test
    void movesADateByOneYearAtMost() {
        clock.setToday("2024-08-15");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(extendStart("2025-10-01", "2024-08-01", "2024-08-15"))
                .expectSuccessfulHandlerExecution();
        createFixture();
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(extendStart("2025-10-02", "2024-08-01", "2024-08-15"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void mustBeAppliedForThirtyDaysAhead() {
        clock.setToday("2024-09-15");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(extendStart("2025-03-01", "2024-09-01", "2024-09-15"))
                .expectSuccessfulHandlerExecution();
        createFixture();
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(extendStart("2025-03-01", "2024-09-02", "2024-09-15"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    /** The contract's 30 days ahead stand also where a county sends its reminders earlier or later. */
    @Test
    void theApplicationLeadIsTheContractsNotTheReminderLead() {
        SupervisionSettings d = SupervisionSettings.defaults();
        createFixture(new SupervisionSettings(15, 30, d.terminationAfterDays(), d.investigationDays(),
                d.investigationAnswerDays(), d.idleFeeRate(), d.idleFeePaymentDays(), d.defaultPenaltyRates()));
        clock.setToday("2024-09-15");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(extendStart("2025-03-01", "2024-09-02", "2024-09-15"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();

        createFixture(new SupervisionSettings(45, 20, d.terminationAfterDays(), d.investigationDays(),
                d.investigationAnswerDays(), d.idleFeeRate(), d.idleFeePaymentDays(), d.defaultPenaltyRates()));
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(extendStart("2025-03-01", "2024-09-11", "2024-09-15"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void afterAMissedDateNeedsAGovernmentOrForceMajeureFinding() {
        clock.setToday("2024-10-20");
        fixture.given(Histories.startMissed().toArray())
                .when(extendStart("2025-03-01", null, "2024-10-20"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
        createFixture();
        fixture.given(Histories.startBreached().toArray())
                .when(extendStart("2025-03-01", null, "2024-10-20"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
        createFixture();
        fixture.given(Histories.startExcused().toArray())
                .when(extendStart("2025-03-01", null, "2024-10-20"))
                .expectEvents(new ExtensionGranted(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2025-03-01"),
                        d("2026-10-01"), d("2027-03-01"), "XH-YQ-2024-05", d("2024-10-20"), "financing delayed"))
                .expectState(state(s -> assertThat(s.flags()).isEmpty()));
    }

    @Test
    void remindersAndTheMissedRuleReArmOnTheNewDates() {
        Object[] extended = array(Histories.startExcused(),
                new ExtensionGranted(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2025-03-01"),
                        d("2026-10-01"), d("2027-03-01"), "XH-YQ-2024-05", d("2024-10-20"), "plan revised"));
        fixture.given(extended)
                .when(sweepOn("2025-01-29"))
                .expectNoEvents();
        createFixture();
        fixture.given(extended)
                .when(sweepOn("2025-01-30"))
                .expectEvents(notice(NoticeWording.startReminder(PROJECT, d("2025-03-01"), d("2025-01-30")), 2));
        createFixture();
        fixture.given(array(java.util.List.of(extended),
                        notice(NoticeWording.startReminder(PROJECT, d("2025-03-01"), d("2025-01-30")), 2)))
                .when(sweepOn("2025-03-02"))
                .expectEvents(new MilestoneMissed(PARCEL_ID, Milestone.START, d("2025-03-01"), d("2025-03-02")),
                        notice(NoticeWording.startOverdue(PROJECT, d("2025-03-01"), d("2025-03-02")), 2));
    }

    /** A first contract extension of the start, 2024-10-01 → 2025-03-01, approved in good time. */
    private static ExtensionGranted firstStartExtension() {
        return new ExtensionGranted(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2025-03-01"),
                d("2026-10-01"), d("2027-03-01"), "XH-YQ-2024-05", d("2024-08-15"), "financing delayed");
    }

    @Test
    void twoExtensionsMayTogetherMoveTheStartOneYearFromTheContractDate() {
        clock.setToday("2025-01-20");
        fixture.given(array(Histories.paidAndHandedOver(), firstStartExtension()))
                .when(extendStart("2025-10-01", "2025-01-15", "2025-01-20"))
                .expectEvents(new ExtensionGranted(PARCEL_ID, Milestone.START, d("2025-03-01"), d("2025-10-01"),
                        d("2027-03-01"), d("2027-10-01"), "XH-YQ-2024-05", d("2025-01-20"), "financing delayed"))
                .expectState(state(s -> assertThat(s.milestone(Milestone.START).agreedDate()).isEqualTo(d("2025-10-01"))));
        createFixture();
        fixture.given(array(Histories.paidAndHandedOver(), firstStartExtension()))
                .when(extendStart("2025-09-30", "2025-01-15", "2025-01-20"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void twoExtensionsMayNotTogetherMoveTheStartOneDayMore() {
        clock.setToday("2025-01-20");
        fixture.given(array(Histories.paidAndHandedOver(), firstStartExtension()))
                .when(extendStart("2025-10-02", "2025-01-15", "2025-01-20"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("2025-10-01"))
                .expectNoEvents();
        createFixture();
        // the second extension alone is well under a year from the date it moves (2025-03-01), as before
        fixture.given(array(Histories.paidAndHandedOver(), firstStartExtension()))
                .when(extendStart("2026-03-01", "2025-01-15", "2025-01-20"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void theCompletionCarriedAlongByTheStartKeepsItsOwnYear() {
        // Art. 16: the completion follows the start (2026-10-01 → 2027-03-01); that move is not an extension of
        // the completion, whose own extensions may still add a year to the carried date
        clock.setToday("2027-01-20");
        fixture.given(array(Histories.paidAndHandedOver(), firstStartExtension()))
                .when(new GrantExtension(PARCEL_ID, Milestone.COMPLETION, d("2028-03-01"), "XH-YQ-2027-01", d("2027-01-20"),
                        d("2027-01-15"), "equipment delayed", null))
                .expectSuccessfulHandlerExecution();
        createFixture();
        fixture.given(array(Histories.paidAndHandedOver(), firstStartExtension()))
                .when(new GrantExtension(PARCEL_ID, Milestone.COMPLETION, d("2028-03-02"), "XH-YQ-2027-01", d("2027-01-20"),
                        d("2027-01-15"), "equipment delayed", null))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void refusesExtendingAReachedMilestone() {
        clock.setToday("2024-10-20");
        fixture.given(Histories.startedOnTime().toArray())
                .when(extendStart("2025-03-01", "2024-08-01", "2024-08-15"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }
}
