package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.idle.DetermineIdleLand;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.idle.VerifyIdleLand;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.payment.RecordPayment;

class IdleLandTest extends ParcelFixture {

    private static final LocalDate AGREED_START = LocalDate.parse("2024-10-01");

    private static Object[] suspected() {
        return suspected(BreachCause.LAND_USER);
    }

    /** The start missed, its cause found as {@code startCause}, and a year later the land suspected idle. */
    private static Object[] suspected(BreachCause startCause) {
        return array(startCause == BreachCause.LAND_USER ? Histories.startBreached() : Histories.startExcused(),
                new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, LocalDate.parse("2025-10-02")));
    }

    private static Object[] referred() {
        return referred(BreachCause.LAND_USER);
    }

    private static Object[] referred(BreachCause startCause) {
        return array(List.of(suspected(startCause)),
                new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, LocalDate.parse("2025-10-08"), true, "vacant"),
                new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, LocalDate.parse("2025-10-08"),
                        LocalDate.parse("2025-11-07")),
                NoticeWording.idleInvestigation(PROJECT, AGREED_START, LocalDate.parse("2025-10-08"), 30)
                        .issue(PARCEL_ID, 1));
    }

    private static Object[] determined(BreachCause cause, GovernmentCause governmentCause) {
        return array(List.of(referred(cause)),
                new IdleLandDetermined(PARCEL_ID, "XH-XZRD-2025-03", LocalDate.parse("2025-10-28"), cause, governmentCause, AGREED_START),
                NoticeWording.idleDetermination(PROJECT, "XH-XZRD-2025-03", AGREED_START, "x", LocalDate.parse("2025-10-28"))
                        .issue(PARCEL_ID, 1));
    }

    private static DisposeIdleLand dispose(IdleDisposalMethod method, String decidedOn) {
        return new DisposeIdleLand(PARCEL_ID, method, "XH-CZ-01", d(decidedOn), null, null, null, null, null,
                d(decidedOn).minusDays(10), null);
    }

    @Test
    void isNotSuspectedOnTheAnniversaryOfTheAgreedStart() {
        fixture.given(Histories.startBreached().toArray())
                .when(sweepOn("2025-10-01"))
                .expectNoEvents();
    }

    @Test
    void isSuspectedIdleTheDayAfterAFullYearWithoutStart() {
        fixture.given(Histories.startBreached().toArray())
                .when(sweepOn("2025-10-02"))
                .expectEvents(new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-02")))
                .expectState(state(s -> assertThat(s.flags()).contains(Flag.START_BREACH, Flag.IDLE_SUSPECTED)));
    }

    @Test
    void isSuspectedForPartialDevelopmentSuspendedAFullYear() {
        Object[] suspendedEarly = array(Histories.startedOnTime(),
                new PatrolRecorded(PARCEL_ID, d("2025-03-01"), "Li Wei", ConstructionStatus.SUSPENDED, d("2025-01-01"),
                        new BigDecimal("5000"), new BigDecimal("30000000"), true, false, false, "XH-GZK-017",
                        List.of("photo-1.jpg"), "works stopped", PatrolStage.START));
        fixture.given(suspendedEarly)
                .when(sweepOn("2026-01-01"))
                .expectNoEvents();
        createFixture();
        fixture.given(suspendedEarly)
                .when(sweepOn("2026-01-02"))
                .expectEvents(new IdleLandSuspected(PARCEL_ID, IdleGround.PARTIAL_DEVELOPMENT, d("2025-01-01"), d("2026-01-02")));
    }

    @Test
    void isNotSuspectedWhenTheSuspendedProjectIsWellAdvanced() {
        fixture.given(array(Histories.startedOnTime(),
                        new PatrolRecorded(PARCEL_ID, d("2025-03-01"), "Li Wei", ConstructionStatus.SUSPENDED, d("2025-01-01"),
                                new BigDecimal("20000"), new BigDecimal("30000000"), true, false, false, "XH-GZK-017",
                                List.of(), "works stopped", PatrolStage.START)))
                .when(sweepOn("2026-06-01"))
                .expectNoEvents();
    }

    @Test
    void verificationReferstheCaseToTheBrigadeWithAnInvestigationNotice() {
        clock.setToday("2025-10-08");
        fixture.given(suspected())
                .when(new VerifyIdleLand(PARCEL_ID, d("2025-10-08"), true, "vacant"))
                .expectEvents(
                        new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-08"), true, "vacant"),
                        new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-08"), d("2025-11-07")),
                        notice(NoticeWording.idleInvestigation(PROJECT, AGREED_START, d("2025-10-08"), 30), 1))
                .expectState(state(s -> assertThat(s.flags()).contains(Flag.IDLE_REFERRED)));
    }

    @Test
    void aClearedSuspicionIsNotRaisedAgainOnTheSameGround() {
        Object[] cleared = array(List.of(suspected()),
                new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-08"), false, "works begun"));
        fixture.given(cleared)
                .when(sweepOn("2025-10-09"))
                .expectNoEvents()
                .expectState(state(s -> assertThat(s.idle().status()).isEqualTo(IdleStatus.NONE)));
    }

    @Test
    void verificationNeedsASuspicion() {
        clock.setToday("2025-10-08");
        fixture.given(Histories.startBreached().toArray())
                .when(new VerifyIdleLand(PARCEL_ID, d("2025-10-08"), true, "vacant"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void theBrigadeDeterminesTheCause() {
        clock.setToday("2025-10-28");
        fixture.given(referred())
                .when(new DetermineIdleLand(PARCEL_ID, "XH-XZRD-2025-03", d("2025-10-28"), BreachCause.LAND_USER, null, null))
                .expectEvents(
                        new IdleLandDetermined(PARCEL_ID, "XH-XZRD-2025-03", d("2025-10-28"), BreachCause.LAND_USER, null, AGREED_START),
                        notice(NoticeWording.idleDetermination(PROJECT, "XH-XZRD-2025-03", AGREED_START, "用地单位原因", d("2025-10-28")), 1))
                .expectState(state(s -> assertThat(s.flags()).contains(Flag.IDLE_DETERMINED)));
    }

    @Test
    void leviesTheIdleFeeOfTwentyPercentAfterOneYear() {
        clock.setToday("2025-11-01");
        fixture.given(determined(BreachCause.LAND_USER, null))
                .when(dispose(IdleDisposalMethod.IDLE_FEE, "2025-11-01"))
                .expectEvents(
                        new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.IDLE_FEE, "XH-CZ-01", d("2025-11-01"),
                                yuan("2469135.60"), null, AGREED_START, null, d("2026-10-01"), null, null, null, null,
                                d("2025-10-22"), null),
                        notice(NoticeWording.idleFeeDecision(PROJECT, yuan("2469135.60"), d("2025-11-01"), 30), 1))
                .expectState(state(s -> assertThat(s.idle().status()).isEqualTo(IdleStatus.FEE_IMPOSED)));
    }

    @Test
    void refusesTheFeeForAGovernmentCause() {
        clock.setToday("2025-11-01");
        fixture.given(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(dispose(IdleDisposalMethod.IDLE_FEE, "2025-11-01"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void refusesRecoveryBeforeTwoYearsAndAllowsItFromTheDayAfter() {
        clock.setToday("2026-10-01");
        fixture.given(determined(BreachCause.LAND_USER, null))
                .when(dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "2026-10-01"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
        createFixture();
        clock.setToday("2026-10-02");
        fixture.given(determined(BreachCause.LAND_USER, null))
                .when(dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "2026-10-02"))
                .expectEvents(
                        new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "XH-CZ-01", d("2026-10-02"),
                                null, null, AGREED_START, null, d("2026-10-01"), null, null, null, null, d("2026-09-22"), null),
                        notice(NoticeWording.recoveryDecision(PROJECT, AGREED_START, d("2026-10-02")), 1))
                .expectState(state(s -> {
                    assertThat(s.stage()).isEqualTo(Stage.RECOVERED);
                    assertThat(s.flags()).isEmpty();
                }));
    }

    @Test
    void aRecoveredParcelRefusesFurtherCommands() {
        clock.setToday("2026-11-01");
        fixture.given(array(List.of(determined(BreachCause.LAND_USER, null)),
                        new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "XH-CZ-01", d("2026-10-02"),
                                null, null, AGREED_START, null, d("2026-10-01"), null, null, null, null, null, null)))
                .when(new RecordPayment(PARCEL_ID, yuan("1.00"), d("2026-11-01"), "R-LATE"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void flagsRecoveryEligibilityAfterTwoFullYears() {
        fixture.given(determined(BreachCause.LAND_USER, null))
                .when(sweepOn("2026-10-01"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(org.parcelwatch.monitoring.notice.NoticeIssued.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        createFixture();
        fixture.given(array(List.of(determined(BreachCause.LAND_USER, null)),
                        NoticeWording.completionReminder(PROJECT, d("2026-10-01"), d("2026-09-01")).issue(PARCEL_ID, 1)))
                .when(sweepOn("2026-10-02"))
                .expectEvents(new MilestoneMissed(PARCEL_ID, Milestone.COMPLETION, d("2026-10-01"), d("2026-10-02")),
                        new IdleLandRecoveryEligible(PARCEL_ID, AGREED_START, d("2026-10-02")))
                .expectState(state(s -> assertThat(s.flags()).contains(Flag.RECOVERY_ELIGIBLE, Flag.COMPLETION_MISSED)));
    }

    @Test
    void aGovernmentCauseExtensionRestartsTheClock() {
        clock.setToday("2025-11-01");
        DisposeIdleLand extension = new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.EXTENSION, "XH-CZ-02", d("2025-11-01"),
                d("2026-06-01"), null, null, null, null, null, "plan revised");
        fixture.given(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(extension)
                .expectEvents(new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.EXTENSION, "XH-CZ-02", d("2025-11-01"), null, null,
                        AGREED_START, d("2026-06-01"), d("2026-10-01"), d("2028-05-31"), null, null, null, null, "plan revised"))
                .expectState(state(s -> {
                    // moved by the same 608 days as the start; 2028 has a 29 February
                    assertThat(s.milestone(Milestone.START).agreedDate()).isEqualTo(d("2026-06-01"));
                    assertThat(s.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(d("2028-05-31"));
                    assertThat(s.flags()).isEmpty();
                }));
    }

    @Test
    void anExtensionDisposalIsAtMostOneYear() {
        clock.setToday("2025-11-01");
        fixture.given(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.EXTENSION, "XH-CZ-02", d("2025-11-01"),
                        d("2026-11-02"), null, null, null, null, null, null))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void afterAnExtensionDisposalTheStartRulesReArm() {
        Object[] extended = array(List.of(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED)),
                new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.EXTENSION, "XH-CZ-02", d("2025-11-01"), null, null,
                        AGREED_START, d("2026-06-01"), d("2026-10-01"), d("2028-06-01"), null, null, null, null, null));
        fixture.given(extended)
                .when(sweepOn("2026-05-02"))
                .expectEvents(notice(NoticeWording.startReminder(PROJECT, d("2026-06-01"), d("2026-05-02")), 2));
        createFixture();
        fixture.given(extended)
                .when(sweepOn("2027-06-02"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                org.hamcrest.Matchers.equalTo(new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED,
                                        d("2026-06-01"), d("2027-06-02"))))));
    }
}
