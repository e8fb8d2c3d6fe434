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
import org.parcelwatch.monitoring.registration.SupplyMethod;

class IdleLandTest extends ParcelFixture {

    private static final LocalDate AGREED_START = LocalDate.parse("2024-10-01");

    static Object[] suspected() {
        return suspected(BreachCause.LAND_USER);
    }

    /** The start missed, its cause found as {@code startCause}, and a year later the land suspected idle. */
    static Object[] suspected(BreachCause startCause) {
        return array(startCause == BreachCause.LAND_USER ? Histories.startBreached() : Histories.startExcused(),
                new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, LocalDate.parse("2025-10-02")));
    }

    static Object[] referred() {
        return referred(BreachCause.LAND_USER);
    }

    static Object[] referred(BreachCause startCause) {
        return array(List.of(suspected(startCause)),
                new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, LocalDate.parse("2025-10-08"), true, "vacant"),
                new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, LocalDate.parse("2025-10-08"),
                        LocalDate.parse("2025-11-07")),
                NoticeWording.idleInvestigation(PROJECT, AGREED_START, LocalDate.parse("2025-10-08"), 30)
                        .issue(PARCEL_ID, 1));
    }

    static Object[] determined(BreachCause cause, GovernmentCause governmentCause) {
        return array(List.of(referred(cause)),
                new IdleLandDetermined(PARCEL_ID, "XH-XZRD-2025-03", LocalDate.parse("2025-10-28"), cause, governmentCause, AGREED_START),
                NoticeWording.idleDetermination(PROJECT, "XH-XZRD-2025-03", AGREED_START, "x", LocalDate.parse("2025-10-28"))
                        .issue(PARCEL_ID, 1));
    }

    private static DisposeIdleLand dispose(IdleDisposalMethod method, String decidedOn) {
        DisposeIdleLand decision = new DisposeIdleLand(PARCEL_ID, method, "XH-CZ-01", d(decidedOn), null, null, null, null, null,
                d(decidedOn).minusDays(10), null);
        return method.needsApproval() ? approved(decision) : decision;
    }

    /** Determined for the land user's cause, and the hearing on the fee offered and let pass (asked by 2025-11-04). */
    private static Object[] feeHearingOffered() {
        return array(List.of(determined(BreachCause.LAND_USER, null)),
                hearingOffered(IdleDisposalMethod.IDLE_FEE, "2025-10-28", "2025-10-28", 1));
    }

    /** Determined, and the hearing on recovery offered and let pass (delivered 2026-09-11, asked by 2026-09-18). */
    private static Object[] recoveryHearingOffered() {
        return array(List.of(determined(BreachCause.LAND_USER, null)),
                hearingOffered(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "2026-09-10", "2026-09-11", 1));
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

    /** The brigade's days to begin and the land user's days to answer are two figures a county sets apart. */
    @Test
    void theLandUserAnswersWithinItsOwnDaysNotTheBrigadesDaysToBegin() {
        SupervisionSettings d = SupervisionSettings.defaults();
        createFixture(new SupervisionSettings(d.reminderLeadDays(), d.extensionApplicationLeadDays(),
                d.terminationAfterDays(), 15, 30, d.idleFeeRate(), d.idleFeePaymentDays(), d.defaultPenaltyRates()));
        clock.setToday("2025-10-08");
        fixture.given(suspected())
                .when(new VerifyIdleLand(PARCEL_ID, d("2025-10-08"), true, "vacant"))
                .expectEvents(
                        new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-08"), true, "vacant"),
                        new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-08"), d("2025-10-23")),
                        notice(NoticeWording.idleInvestigation(PROJECT, AGREED_START, d("2025-10-08"), 30), 1));
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
        clock.setToday("2025-11-05");
        fixture.given(feeHearingOffered())
                .when(dispose(IdleDisposalMethod.IDLE_FEE, "2025-11-05"))
                .expectEvents(
                        new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.IDLE_FEE, "XH-CZ-01", d("2025-11-05"),
                                yuan("2469135.60"), null, AGREED_START, null, d("2026-10-01"), null, null, null, null,
                                d("2025-10-26"), null),
                        notice(NoticeWording.idleFeeDecision(PROJECT, SupplyMethod.LISTING, yuan("2469135.60"), d("2025-11-05"), 30), 1))
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
        fixture.given(recoveryHearingOffered())
                .when(dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "2026-10-01"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
        createFixture();
        clock.setToday("2026-10-02");
        fixture.given(recoveryHearingOffered())
                .when(dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "2026-10-02"))
                .expectEvents(
                        new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "XH-CZ-01", d("2026-10-02"),
                                null, null, AGREED_START, null, d("2026-10-01"), null, null, null, null, d("2026-09-22"), null)
                                .approvedBy(APPROVAL_NO, d("2026-09-29")),
                        notice(NoticeWording.recoveryDecision(PROJECT, AGREED_START, d("2026-10-02"), APPROVAL_NO, d("2026-09-29")), 1))
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

    // ---- Art. 12 disposals set the next dates -----------------------------------------------------------------

    private static DisposeIdleLand temporaryUse(String until, String newStart, String newCompletion) {
        return new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.TEMPORARY_USE, "XH-CZ-03", d("2025-11-01"),
                newStart == null ? null : d(newStart), newCompletion == null ? null : d(newCompletion),
                until == null ? null : d(until), null, null, null, "temporary car park");
    }

    private static IdleLandDisposed temporaryUseUntil20271001() {
        return new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.TEMPORARY_USE, "XH-CZ-03", d("2025-11-01"), null, null,
                AGREED_START, d("2027-11-01"), d("2026-10-01"), d("2029-11-01"), d("2027-10-01"), null, null, null,
                "temporary car park");
    }

    @Test
    void temporaryUseNamesTheNewStartAndCompletion() {
        clock.setToday("2025-11-01");
        fixture.given(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(temporaryUse("2027-10-01", "2027-11-01", "2029-11-01"))
                .expectEvents(temporaryUseUntil20271001())
                .expectState(state(s -> {
                    assertThat(s.milestone(Milestone.START).agreedDate()).isEqualTo(d("2027-11-01"));
                    assertThat(s.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(d("2029-11-01"));
                    assertThat(s.temporaryUseUntil()).isEqualTo(d("2027-10-01"));
                    assertThat(s.flags()).isEmpty();
                }));
    }

    /** The decision, taken on 2025-11-01 on a case determined for a government cause, is refused with {@code code}. */
    private void refusedOnAGovernmentCase(DisposeIdleLand decision, RuleCode code) {
        createFixture();
        clock.setToday("2025-11-01");
        fixture.given(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(decision)
                .expectException(refused(code))
                .expectNoEvents();
    }

    /** The decision, taken on 2025-11-01 on a case determined for a government cause, is accepted. */
    private void acceptedOnAGovernmentCase(DisposeIdleLand decision) {
        createFixture();
        clock.setToday("2025-11-01");
        fixture.given(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(decision)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void temporaryUseRefusesWhatIsMissing() {
        refusedOnAGovernmentCase(temporaryUse("2027-10-01", null, "2029-11-01"), RuleCode.INVALID_INPUT);
        refusedOnAGovernmentCase(temporaryUse("2027-10-01", "2027-11-01", null), RuleCode.INVALID_INPUT);
        refusedOnAGovernmentCase(temporaryUse(null, "2027-11-01", "2029-11-01"), RuleCode.INVALID_INPUT);
    }

    @Test
    void theNewStartFollowsTheEndOfTheTemporaryUse() {
        refusedOnAGovernmentCase(temporaryUse("2027-10-01", "2027-09-30", "2029-11-01"), RuleCode.RULE_VIOLATION);
        refusedOnAGovernmentCase(temporaryUse("2027-10-01", "2027-10-01", "2029-11-01"), RuleCode.RULE_VIOLATION);
        acceptedOnAGovernmentCase(temporaryUse("2027-10-01", "2027-10-02", "2029-11-01"));
    }

    @Test
    void temporaryUseIsAtMostTwoYears() {
        acceptedOnAGovernmentCase(temporaryUse("2027-10-31", "2027-12-01", "2029-11-01"));
        acceptedOnAGovernmentCase(temporaryUse("2027-11-01", "2027-12-01", "2029-11-01"));
        refusedOnAGovernmentCase(temporaryUse("2027-11-02", "2027-12-01", "2029-11-01"), RuleCode.RULE_VIOLATION);
    }

    @Test
    void noRuleFiresDuringTemporaryUseNotEvenAtTheOldCompletionDate() {
        Object[] inUse = array(List.of(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED)), temporaryUseUntil20271001());
        for (String day : List.of("2026-09-01", "2026-10-02", "2026-11-02", "2027-10-01")) {
            createFixture();
            fixture.given(inUse)
                    .when(sweepOn(day))
                    .expectNoEvents();
        }
    }

    @Test
    void afterTemporaryUseTheStartCompletionAndIdleRulesReArmOnTheNewDates() {
        Object[] inUse = array(List.of(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED)), temporaryUseUntil20271001());
        fixture.given(inUse)
                .when(sweepOn("2027-10-02"))
                .expectEvents(notice(NoticeWording.startReminder(PROJECT, d("2027-11-01"), d("2027-10-02")), 2))
                .expectState(state(s -> assertThat(org.parcelwatch.monitoring.sweep.DueRule.pendingPoints(s, SupervisionSettings.defaults())
                        .stream().map(p -> p.rule() + "@" + p.firesOn()).toList())
                        .containsExactly("START_MISSED@2027-11-02", "IDLE_NOT_STARTED@2028-11-02",
                                "COMPLETION_REMINDER@2029-10-02", "COMPLETION_MISSED@2029-11-02")));
        createFixture();
        fixture.given(array(List.of(inUse), notice(NoticeWording.startReminder(PROJECT, d("2027-11-01"), d("2027-10-02")), 2)))
                .when(sweepOn("2027-11-01"))
                .expectNoEvents();
        createFixture();
        fixture.given(array(List.of(inUse), notice(NoticeWording.startReminder(PROJECT, d("2027-11-01"), d("2027-10-02")), 2)))
                .when(sweepOn("2027-11-02"))
                .expectEvents(new MilestoneMissed(PARCEL_ID, Milestone.START, d("2027-11-01"), d("2027-11-02")),
                        notice(NoticeWording.startOverdue(PROJECT, d("2027-11-01"), d("2027-11-02")), 2));
    }

    @Test
    void aReminderDueDuringTemporaryUseWaitsForItsEnd() {
        // new start 2027-10-15: its reminder day 2027-09-15 lies in the temporary use, so it goes out on 2027-10-02
        Object[] inUse = array(List.of(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED)),
                new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.TEMPORARY_USE, "XH-CZ-03", d("2025-11-01"), null, null,
                        AGREED_START, d("2027-10-15"), d("2026-10-01"), d("2029-11-01"), d("2027-10-01"), null, null, null, null));
        fixture.given(inUse)
                .when(sweepOn("2027-09-15"))
                .expectNoEvents();
        createFixture();
        fixture.given(inUse)
                .when(sweepOn("2027-10-02"))
                .expectEvents(notice(NoticeWording.startReminder(PROJECT, d("2027-10-15"), d("2027-10-02")), 2));
    }

    private static DisposeIdleLand changeOfUse(String newLandUse, String newStart, String newCompletion) {
        return new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.CHANGE_OF_USE, "XH-CZ-04", d("2025-11-01"),
                newStart == null ? null : d(newStart), newCompletion == null ? null : d(newCompletion), null,
                newLandUse, null, null, "planning conditions revised");
    }

    @Test
    void aChangeOfUseRecordsTheNewUseAndTheNewDatesThatThenDriveTheRules() {
        clock.setToday("2025-11-01");
        fixture.given(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(changeOfUse("0604", "2026-06-01", "2028-06-01"))
                .expectEvents(new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.CHANGE_OF_USE, "XH-CZ-04", d("2025-11-01"),
                        null, null, AGREED_START, d("2026-06-01"), d("2026-10-01"), d("2028-06-01"), null, "0604", null,
                        null, "planning conditions revised"))
                .expectState(state(s -> {
                    assertThat(s.landUseNamed()).isEqualTo("0604");
                    assertThat(s.milestone(Milestone.START).agreedDate()).isEqualTo(d("2026-06-01"));
                    assertThat(s.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(d("2028-06-01"));
                }));
        Object[] changed = array(List.of(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED)),
                new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.CHANGE_OF_USE, "XH-CZ-04", d("2025-11-01"),
                        null, null, AGREED_START, d("2026-06-01"), d("2026-10-01"), d("2028-06-01"), null, "0604", null,
                        null, null));
        createFixture();
        fixture.given(changed)
                .when(sweepOn("2026-10-02"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAllOf(org.hamcrest.Matchers.equalTo(
                                new MilestoneMissed(PARCEL_ID, Milestone.START, d("2026-06-01"), d("2026-06-02"))))));
    }

    @Test
    void aChangeOfUseRefusesWhatIsMissing() {
        refusedOnAGovernmentCase(changeOfUse(null, "2026-06-01", "2028-06-01"), RuleCode.INVALID_INPUT);
        refusedOnAGovernmentCase(changeOfUse("0604", null, "2028-06-01"), RuleCode.INVALID_INPUT);
        refusedOnAGovernmentCase(changeOfUse("0604", "2026-06-01", null), RuleCode.INVALID_INPUT);
    }

    @Test
    void theNewStartOfAChangeOfUseFollowsTheDecision() {
        refusedOnAGovernmentCase(changeOfUse("0604", "2025-11-01", "2028-06-01"), RuleCode.RULE_VIOLATION);
        acceptedOnAGovernmentCase(changeOfUse("0604", "2025-11-02", "2028-06-01"));
    }

    @Test
    void agreedRecoveryAndLandExchangeCloseTheParcel() {
        for (IdleDisposalMethod method : List.of(IdleDisposalMethod.AGREED_RECOVERY, IdleDisposalMethod.LAND_EXCHANGE)) {
            createFixture();
            clock.setToday("2025-11-01");
            fixture.given(determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                    .when(new DisposeIdleLand(PARCEL_ID, method, "XH-CZ-05", d("2025-11-01"), null, null, null, null,
                            method == IdleDisposalMethod.AGREED_RECOVERY ? yuan("9000000.00") : null, null, null)
                            .approvedBy(APPROVAL_NO, d("2025-10-30")))
                    .expectSuccessfulHandlerExecution()
                    .expectState(state(s -> {
                        assertThat(s.stage()).isEqualTo(Stage.RECOVERED);
                        assertThat(s.isClosed()).isTrue();
                        assertThat(org.parcelwatch.monitoring.sweep.DueRule.pendingPoints(s, SupervisionSettings.defaults())).isEmpty();
                    }));
        }
    }

    @Test
    void anArticle12ExtensionIsAllowedAfterTheContractYearIsUsedUp() {
        // contract extension 2024-10-01 → 2025-10-01 (the whole year), missed for a government cause, idle a year,
        // determined: the Art. 12 extension has its own year, counted from the decision
        LocalDate extendedStart = d("2025-10-01");
        Object[] determinedAfterAFullExtension = array(Histories.paidAndHandedOver(),
                new org.parcelwatch.monitoring.milestone.ExtensionGranted(PARCEL_ID, Milestone.START, AGREED_START, extendedStart,
                        d("2026-10-01"), d("2027-10-01"), "XH-YQ-2024-05", d("2024-08-15"), "financing"),
                new MilestoneMissed(PARCEL_ID, Milestone.START, extendedStart, d("2025-10-02")),
                new org.parcelwatch.monitoring.milestone.BreachFindingRecorded(PARCEL_ID, Milestone.START, extendedStart,
                        BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED, "zoning", d("2025-10-10"), false),
                new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, extendedStart, d("2026-10-02")),
                new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, extendedStart, d("2026-10-08"), true, "vacant"),
                new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, extendedStart, d("2026-10-08"), d("2026-11-07")),
                new IdleLandDetermined(PARCEL_ID, "XH-XZRD-2026-01", d("2026-10-28"), BreachCause.GOVERNMENT,
                        GovernmentCause.PLAN_REVISED, extendedStart));
        clock.setToday("2026-11-01");
        fixture.given(determinedAfterAFullExtension)
                .when(new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.EXTENSION, "XH-CZ-06", d("2026-11-01"),
                        d("2027-11-01"), null, null, null, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> assertThat(s.milestone(Milestone.START).agreedDate()).isEqualTo(d("2027-11-01"))));
        // ... and the contract extensions have no day left after it
        createFixture();
        clock.setToday("2027-01-10");
        fixture.given(array(List.of(determinedAfterAFullExtension), new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.EXTENSION,
                        "XH-CZ-06", d("2026-11-01"), null, null, extendedStart, d("2027-11-01"), d("2027-10-01"), d("2028-11-01"),
                        null, null, null, null, null)))
                .when(new org.parcelwatch.monitoring.milestone.GrantExtension(PARCEL_ID, Milestone.START, d("2027-11-02"),
                        "XH-YQ-2027-01", d("2027-01-10"), d("2027-01-05"), "financing", null))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }
}
