package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.Hearing;
import org.parcelwatch.monitoring.idle.HearingRecorded;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IssueHearingNotice;
import org.parcelwatch.monitoring.idle.RecordHearing;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;

/**
 * Due process before an idle-fee or recovery decision (DESIGN §6.2): the hearing-rights notice, its delivery, the five
 * working days to ask, the hearing held or waived, and the government's approval of a recovery.
 */
class HearingTest extends ParcelFixture {

    private static final IdleDisposalMethod FEE = IdleDisposalMethod.IDLE_FEE;
    private static final IdleDisposalMethod RECOVERY = IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION;
    private static final String NOTICE = PARCEL_ID + "-TZGZ-01";

    /** Determined idle for the land user's cause on 2025-10-28, idle since 2024-10-01. */
    private static Object[] determined() {
        return IdleLandTest.determined(BreachCause.LAND_USER, null);
    }

    private static Object[] determinedAnd(Object... more) {
        return array(List.of(determined()), more);
    }

    private static DisposeIdleLand decision(IdleDisposalMethod method, String decidedOn) {
        DisposeIdleLand decision = new DisposeIdleLand(PARCEL_ID, method, "XH-CZ-09", d(decidedOn), null, null, null, null,
                null, null, null);
        return method.needsApproval() ? approved(decision) : decision;
    }

    private static NoticeIssued hearingNotice(IdleDisposalMethod intended, String issuedOn) {
        return NoticeWording.hearingRights(PROJECT, intended == FEE ? "征缴土地闲置费决定" : "无偿收回国有建设用地使用权决定",
                d(issuedOn), 5).issue(PARCEL_ID, 1);
    }

    private void refusedSaying(Object[] given, String today, DisposeIdleLand decision, String reason) {
        createFixture();
        clock.setToday(today);
        fixture.given(given).when(decision)
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectExceptionMessage(containsString(reason))
                .expectNoEvents();
    }

    private void accepted(Object[] given, String today, DisposeIdleLand decision) {
        createFixture();
        clock.setToday(today);
        fixture.given(given).when(decision).expectSuccessfulHandlerExecution();
    }

    // ---- the notice ------------------------------------------------------------------------

    @Test
    void theBrigadeIssuesAHearingRightsNoticeNamingTheIntendedDecisionWithItsOwnNumber() {
        clock.setToday("2025-10-28");
        fixture.given(determined())
                .when(new IssueHearingNotice(PARCEL_ID, d("2025-10-28"), FEE))
                .expectEvents(new HearingRightsNotified(PARCEL_ID, NOTICE, FEE, d("2025-10-28")), hearingNotice(FEE, "2025-10-28"))
                .expectState(state(s -> {
                    assertThat(s.idle().hearing().step(d("2025-10-28"))).isEqualTo(Hearing.Step.DELIVERY_PENDING);
                    assertThat(s.notice(NOTICE).orElseThrow().dueDate()).isNull();
                }));
        assertThat(hearingNotice(FEE, "2025-10-28").liability())
                .contains("5个工作日内").contains("60日内依法申请行政复议").contains("6个月内依法向人民法院提起行政诉讼");
    }

    @Test
    void aHearingNoticeNeedsACaseDeterminedForTheLandUsersCauseAndAFeeOrRecovery() {
        clock.setToday("2025-10-28");
        fixture.given(IdleLandTest.referred()).when(new IssueHearingNotice(PARCEL_ID, d("2025-10-28"), FEE))
                .expectException(refused(RuleCode.ILLEGAL_STATE)).expectNoEvents();
        createFixture();
        fixture.given(IdleLandTest.determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(new IssueHearingNotice(PARCEL_ID, d("2025-10-28"), FEE))
                .expectException(refused(RuleCode.RULE_VIOLATION)).expectNoEvents();
        createFixture();
        fixture.given(determined()).when(new IssueHearingNotice(PARCEL_ID, d("2025-10-28"), IdleDisposalMethod.EXTENSION))
                .expectException(refused(RuleCode.INVALID_INPUT)).expectNoEvents();
    }

    /** Delivered on Thursday 2026-09-24: 9-25 to 9-27 中秋, 9-28..30 three days, 10-01..07 国庆, 10-08 and 10-09 the rest. */
    @Test
    void theDeliverySetsTheLastDayToAskFiveWorkingDaysOnAcrossTheHolidays() {
        clock.setToday("2026-09-24");
        fixture.given(determinedAnd(new HearingRightsNotified(PARCEL_ID, NOTICE, RECOVERY, d("2026-09-21")),
                        hearingNotice(RECOVERY, "2026-09-21")))
                .when(new RecordNoticeDelivery(PARCEL_ID, NOTICE, d("2026-09-24"), "Li Wei"))
                .expectEvents(new NoticeDelivered(PARCEL_ID, NOTICE, NoticeType.HEARING_RIGHTS, d("2026-09-24"), "Li Wei",
                        d("2026-10-09")))
                .expectState(state(s -> {
                    assertThat(s.idle().hearing().requestBy()).isEqualTo(d("2026-10-09"));
                    assertThat(s.idle().hearing().step(d("2026-10-09"))).isEqualTo(Hearing.Step.REQUEST_PERIOD_RUNNING);
                    assertThat(s.idle().hearing().step(d("2026-10-10"))).isEqualTo(Hearing.Step.CLEARED);
                }));
    }

    @Test
    void aDeliveryWhoseDaysToAskFallInAYearWithoutACalendarIsRefused() {
        clock.setToday("2027-12-28");
        fixture.given(determinedAnd(new HearingRightsNotified(PARCEL_ID, NOTICE, RECOVERY, d("2027-12-27")),
                        hearingNotice(RECOVERY, "2027-12-27")))
                .when(new RecordNoticeDelivery(PARCEL_ID, NOTICE, d("2027-12-28"), "Li Wei"))
                .expectException(refused(RuleCode.WORKING_DAY_CALENDAR_MISSING))
                .expectExceptionMessage(containsString("2028"))
                .expectNoEvents();
    }

    // ---- the decision refused, naming the missing step ----------------------------------------

    @Test
    void aFeeWithoutAHearingNoticeIsRefused() {
        refusedSaying(determined(), "2025-11-05", decision(FEE, "2025-11-05"), "no hearing-rights notice");
    }

    @Test
    void aFeeWhoseHearingNoticeIsNotDeliveredIsRefused() {
        refusedSaying(determinedAnd(new HearingRightsNotified(PARCEL_ID, NOTICE, FEE, d("2025-10-28")),
                hearingNotice(FEE, "2025-10-28")), "2025-11-20", decision(FEE, "2025-11-20"), "has not been delivered");
    }

    @Test
    void aFeeWhileTheLandUserMayStillAskIsRefusedAndAllowedTheDayAfter() {
        Object[] offered = array(List.of(determined()), hearingOffered(FEE, "2025-10-28", "2025-10-28", 1));
        assertThat(hearingRequestBy("2025-10-28")).isEqualTo(d("2025-11-04"));
        refusedSaying(offered, "2025-11-04", decision(FEE, "2025-11-04"), "still open until 2025-11-04");
        accepted(offered, "2025-11-05", decision(FEE, "2025-11-05"));
    }

    @Test
    void aHearingOnTheFeeDoesNotCoverARecovery() {
        Object[] feeHeard = array(List.of(determined()), hearingOffered(FEE, "2025-10-28", "2025-10-28", 1));
        refusedSaying(array(List.of(feeHeard), new IdleLandRecoveryEligible(PARCEL_ID, d("2024-10-01"), d("2026-10-02"))),
                "2026-10-20", decision(RECOVERY, "2026-10-20"), "no hearing-rights notice (听证告知书) for RECOVERY_WITHOUT_COMPENSATION");
    }

    @Test
    void aRequestedHearingMustBeHeldBeforeTheDecision() {
        Object[] requested = array(List.of(determined()), hearingOffered(FEE, "2025-10-28", "2025-10-28", 1));
        requested = array(List.of(requested), new HearingRecorded(PARCEL_ID, NOTICE, FEE, d("2025-10-31"), null, null, null, null));
        refusedSaying(requested, "2025-11-20", decision(FEE, "2025-11-20"), "requested a hearing on 2025-10-31 and it has not been held");
        Object[] held = array(List.of(requested), new HearingRecorded(PARCEL_ID, NOTICE, FEE, null, null, d("2025-11-18"),
                "XH-TZ-2025-01", "the land user's statement heard; the fee stands"));
        refusedSaying(held, "2025-11-17", decision(FEE, "2025-11-17"), "cannot be dated before 2025-11-18");
        accepted(held, "2025-11-20", decision(FEE, "2025-11-20"));
    }

    @Test
    void aWrittenWaiverOpensTheWayBeforeThePeriodEnds() {
        Object[] waived = array(List.of(determined()), hearingOffered(FEE, "2025-10-28", "2025-10-28", 1));
        waived = array(List.of(waived), new HearingRecorded(PARCEL_ID, NOTICE, FEE, null, d("2025-10-30"), null, null, null));
        accepted(waived, "2025-10-31", decision(FEE, "2025-10-31"));
    }

    // ---- recording the hearing ------------------------------------------------------------------

    private Object[] recoveryNoticeDeliveredBeforeNationalDay() {
        return array(List.of(determined()), hearingOffered(RECOVERY, "2026-09-21", "2026-09-24", 1));
    }

    @Test
    void aRequestOnTheFifthWorkingDayAfterNationalDayIsTakenAndTheNextDayRefused() {
        clock.setToday("2026-10-09");
        fixture.given(recoveryNoticeDeliveredBeforeNationalDay())
                .when(new RecordHearing(PARCEL_ID, d("2026-10-09"), null, null, null, null))
                .expectEvents(new HearingRecorded(PARCEL_ID, NOTICE, RECOVERY, d("2026-10-09"), null, null, null, null))
                .expectState(state(s -> assertThat(s.idle().hearing().step(d("2026-10-20"))).isEqualTo(Hearing.Step.HEARING_TO_HOLD)));
        createFixture();
        // Saturday 10-10 is a working day (调休), but the sixth
        clock.setToday("2026-10-10");
        fixture.given(recoveryNoticeDeliveredBeforeNationalDay())
                .when(new RecordHearing(PARCEL_ID, d("2026-10-10"), null, null, null, null))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectExceptionMessage(containsString("ended on 2026-10-09"))
                .expectNoEvents();
    }

    @Test
    void aRecoveryWaitsForTheLastWorkingDayAcrossNationalDay() {
        Object[] offered = array(List.of(recoveryNoticeDeliveredBeforeNationalDay()),
                new IdleLandRecoveryEligible(PARCEL_ID, d("2024-10-01"), d("2026-10-02")));
        refusedSaying(offered, "2026-10-09", decision(RECOVERY, "2026-10-09"), "still open until 2026-10-09");
        accepted(offered, "2026-10-10", decision(RECOVERY, "2026-10-10"));
    }

    @Test
    void aRequestAndItsHearingMayBeRecordedTogether() {
        clock.setToday("2026-10-20");
        fixture.given(recoveryNoticeDeliveredBeforeNationalDay())
                .when(new RecordHearing(PARCEL_ID, d("2026-09-28"), false, d("2026-10-15"), "XH-TZ-2026-02", "recovery upheld"))
                .expectEvents(new HearingRecorded(PARCEL_ID, NOTICE, RECOVERY, d("2026-09-28"), null, d("2026-10-15"),
                        "XH-TZ-2026-02", "recovery upheld"))
                .expectState(state(s -> assertThat(s.idle().hearing().clearedOn()).isEqualTo(d("2026-10-15"))));
    }

    @Test
    void aWaiverIsDatedByTheStatementOrToday() {
        clock.setToday("2026-09-29");
        fixture.given(recoveryNoticeDeliveredBeforeNationalDay())
                .when(new RecordHearing(PARCEL_ID, null, true, null, null, null))
                .expectEvents(new HearingRecorded(PARCEL_ID, NOTICE, RECOVERY, null, d("2026-09-29"), null, null, null));
    }

    @Test
    void whatCannotBeRecordedIsRefused() {
        clock.setToday("2026-10-20");
        // nothing to record
        fixture.given(recoveryNoticeDeliveredBeforeNationalDay()).when(new RecordHearing(PARCEL_ID, null, null, null, null, null))
                .expectException(refused(RuleCode.INVALID_INPUT)).expectNoEvents();
        // held without a request
        createFixture();
        fixture.given(recoveryNoticeDeliveredBeforeNationalDay())
                .when(new RecordHearing(PARCEL_ID, null, null, d("2026-10-15"), "XH-TZ-1", null))
                .expectException(refused(RuleCode.ILLEGAL_STATE)).expectNoEvents();
        // held without its record number
        createFixture();
        fixture.given(recoveryNoticeDeliveredBeforeNationalDay())
                .when(new RecordHearing(PARCEL_ID, d("2026-09-28"), null, d("2026-10-15"), null, null))
                .expectException(refused(RuleCode.INVALID_INPUT)).expectNoEvents();
        // a request after a waiver
        createFixture();
        fixture.given(array(List.of(recoveryNoticeDeliveredBeforeNationalDay()),
                        new HearingRecorded(PARCEL_ID, NOTICE, RECOVERY, null, d("2026-09-25"), null, null, null)))
                .when(new RecordHearing(PARCEL_ID, d("2026-09-28"), null, null, null, null))
                .expectException(refused(RuleCode.ILLEGAL_STATE)).expectNoEvents();
        // before any notice was delivered
        createFixture();
        fixture.given(determined()).when(new RecordHearing(PARCEL_ID, d("2025-10-29"), null, null, null, null))
                .expectException(refused(RuleCode.ILLEGAL_STATE)).expectNoEvents();
    }

    // ---- the government's approval ---------------------------------------------------------------

    @Test
    void aRecoveryWithoutTheGovernmentsApprovalIsRefusedAndWithItNamesItInTheDecision() {
        Object[] offered = array(List.of(recoveryNoticeDeliveredBeforeNationalDay()),
                new IdleLandRecoveryEligible(PARCEL_ID, d("2024-10-01"), d("2026-10-02")));
        DisposeIdleLand unapproved = new DisposeIdleLand(PARCEL_ID, RECOVERY, "XH-CZ-09", d("2026-10-12"), null, null, null,
                null, null, null, null);
        refusedSaying(offered, "2026-10-12", unapproved, "报本级人民政府批准");
        createFixture();
        clock.setToday("2026-10-12");
        fixture.given(offered).when(unapproved.approvedBy(APPROVAL_NO, d("2026-10-10")))
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> {
                    assertThat(s.idle().approvalNo()).isEqualTo(APPROVAL_NO);
                    assertThat(s.idle().approvedOn()).isEqualTo(d("2026-10-10"));
                    assertThat(s.stage()).isEqualTo(Stage.RECOVERED);
                }));
        assertThat(NoticeWording.recoveryDecision(PROJECT, d("2024-10-01"), d("2026-10-12"), APPROVAL_NO, d("2026-10-10")).facts())
                .contains(APPROVAL_NO);
    }

    @Test
    void anApprovalAfterTheDecisionOrHalfAnApprovalIsRefused() {
        clock.setToday("2025-11-01");
        DisposeIdleLand agreed = new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.AGREED_RECOVERY, "XH-CZ-05", d("2025-11-01"),
                null, null, null, null, null, null, null);
        Object[] government = IdleLandTest.determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED);
        fixture.given(government).when(agreed).expectException(refused(RuleCode.RULE_VIOLATION)).expectNoEvents();
        createFixture();
        fixture.given(government).when(agreed.approvedBy(APPROVAL_NO, d("2025-11-02")))
                .expectException(refused(RuleCode.INVALID_INPUT)).expectNoEvents();
        createFixture();
        fixture.given(government).when(agreed.approvedBy(APPROVAL_NO, null))
                .expectException(refused(RuleCode.INVALID_INPUT)).expectNoEvents();
    }

    @Test
    void anArticle12ExtensionCarriesItsApprovalWhenItHasOne() {
        clock.setToday("2025-11-01");
        fixture.given(IdleLandTest.determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.EXTENSION, "XH-CZ-02", d("2025-11-01"),
                        d("2026-06-01"), null, null, null, null, null, null).approvedBy(APPROVAL_NO, d("2025-10-30")))
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> assertThat(s.idle().approvalNo()).isEqualTo(APPROVAL_NO)));
    }

    @Test
    void aStoredDisposalWithoutApprovalStillFolds() {
        ParcelState folded = ParcelState.replay(java.util.Arrays.stream(array(List.of(determined()),
                        new org.parcelwatch.monitoring.idle.IdleLandDisposed(PARCEL_ID, RECOVERY, "XH-CZ-01", d("2026-10-02"),
                                null, null, d("2024-10-01"), null, d("2026-10-01"), null, null, null, null, null, null)))
                .map(ParcelEvent.class::cast).toList());
        assertThat(folded.stage()).isEqualTo(Stage.RECOVERED);
        assertThat(folded.idle().approvalNo()).isNull();
        assertThat(LocalDate.parse("2026-10-02")).isEqualTo(folded.closedOn());
    }
}
