package org.parcelwatch.monitoring.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.parcel.IdleCase;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.RuleCode;

class DisposalPolicyTest {

    private static final String ID = SampleContract.PARCEL_ID;
    private static final LocalDate IDLE_SINCE = LocalDate.of(2024, 10, 1);
    private static final LocalDate SUSPECTED_ON = LocalDate.of(2025, 10, 2);
    private static final LocalDate REFERRED_ON = LocalDate.of(2025, 10, 10);
    private static final LocalDate DETERMINED_ON = LocalDate.of(2025, 11, 20);

    private static List<ParcelEvent> referred() {
        List<ParcelEvent> events = new ArrayList<>();
        events.add(SampleContract.registered());
        events.add(new IdleLandSuspected(ID, IdleGround.NOT_STARTED, IDLE_SINCE, SUSPECTED_ON));
        events.add(new IdleLandVerified(ID, IdleGround.NOT_STARTED, IDLE_SINCE, REFERRED_ON, true, "no works on site"));
        events.add(new IdleLandReferred(ID, IdleGround.NOT_STARTED, IDLE_SINCE, REFERRED_ON, REFERRED_ON.plusDays(30)));
        return events;
    }

    private static List<ParcelEvent> determinedEvents(BreachCause cause, LocalDate determinedOn, LocalDate idleSince) {
        List<ParcelEvent> events = referred();
        events.add(new IdleLandDetermined(ID, "XZRD-2025-01", determinedOn, cause,
                cause == BreachCause.GOVERNMENT ? GovernmentCause.PLAN_REVISED : null, idleSince));
        return events;
    }

    private static IdleCase caseOf(List<ParcelEvent> events) {
        return ParcelState.replay(events).idle();
    }

    private static IdleCase determined(BreachCause cause) {
        return caseOf(determinedEvents(cause, DETERMINED_ON, IDLE_SINCE));
    }

    private static IdleCase feeImposed() {
        List<ParcelEvent> events = determinedEvents(BreachCause.LAND_USER, DETERMINED_ON, IDLE_SINCE);
        events.add(new IdleLandDisposed(ID, IdleDisposalMethod.IDLE_FEE, "XZF-2025-01", LocalDate.of(2025, 12, 1),
                new BigDecimal("2469135.60"), LocalDate.of(2025, 12, 31), null, null, null, null, null, null, null,
                LocalDate.of(2025, 11, 25), null));
        return caseOf(events);
    }

    private static DisposeIdleLand dispose(IdleDisposalMethod method, LocalDate decidedOn) {
        return new DisposeIdleLand(ID, method, "JD-2025-01", decidedOn, null, null, null, null, null, null, null);
    }

    private static DisposalPolicy.Request request(IdleCase idle, DisposeIdleLand command) {
        return new DisposalPolicy.Request(idle, command, SampleContract.AGREED_START, SampleContract.TOTAL_PRICE, false);
    }

    private static void assertRefused(IdleCase idle, DisposeIdleLand command, RuleCode code, String messagePart) {
        assertThatThrownBy(() -> DisposalPolicy.enforce(request(idle, command)))
                .isInstanceOfSatisfying(ParcelRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    private static void assertAllowed(IdleCase idle, DisposeIdleLand command) {
        assertThatCode(() -> DisposalPolicy.enforce(request(idle, command))).doesNotThrowAnyException();
    }

    @Test
    void theFoldedCasesAreInTheStatesTheTestsNeed() {
        assertThat(caseOf(referred()).status()).isEqualTo(IdleStatus.REFERRED);
        IdleCase determined = determined(BreachCause.LAND_USER);
        assertThat(determined.status()).isEqualTo(IdleStatus.DETERMINED);
        assertThat(determined.idleSince()).isEqualTo(IDLE_SINCE);
        assertThat(determined.determinedOn()).isEqualTo(DETERMINED_ON);
        assertThat(feeImposed().status()).isEqualTo(IdleStatus.FEE_IMPOSED);
    }

    @Nested
    class CaseDetermined {
        @Test
        void aCaseOnlyReferredIsRefused() {
            assertRefused(caseOf(referred()), dispose(IdleDisposalMethod.IDLE_FEE, LocalDate.of(2025, 12, 1)),
                    RuleCode.ILLEGAL_STATE, "no idle-land determination awaits a disposal (case is REFERRED)");
        }

        @Test
        void noCaseAtAllIsRefusedBeforeAnyDateRuleIsRead() {
            IdleCase none = ParcelState.replay(List.of(SampleContract.registered())).idle();
            assertThat(none.status()).isEqualTo(IdleStatus.NONE);
            assertRefused(none, dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2027, 1, 1)),
                    RuleCode.ILLEGAL_STATE, "(case is NONE)");
        }

        @Test
        void aDisposedCaseIsRefused() {
            List<ParcelEvent> events = determinedEvents(BreachCause.GOVERNMENT, DETERMINED_ON, IDLE_SINCE);
            events.add(new IdleLandDisposed(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-1", LocalDate.of(2025, 12, 1), null,
                    null, null, null, null, null, null, "0604", null, null, null));
            IdleCase disposed = caseOf(events);
            assertThat(disposed.status()).isEqualTo(IdleStatus.DISPOSED);
            assertRefused(disposed, new DisposeIdleLand(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-2", LocalDate.of(2025, 12, 5),
                    null, null, null, "RETAIL", null, null, null), RuleCode.ILLEGAL_STATE, "(case is DISPOSED)");
        }

        @Test
        void aDeterminedCaseIsOpen() {
            assertThat(DisposalPolicy.CASE_DETERMINED.check(request(determined(BreachCause.LAND_USER),
                    dispose(IdleDisposalMethod.IDLE_FEE, LocalDate.of(2025, 12, 1))))).isEmpty();
        }
    }

    @Nested
    class AfterAFee {
        @Test
        void onlyRecoveryWithoutCompensationMayFollow() {
            IdleCase fee = feeImposed();
            assertRefused(fee, dispose(IdleDisposalMethod.IDLE_FEE, LocalDate.of(2026, 11, 1)), RuleCode.ILLEGAL_STATE,
                    "an idle-land fee was already imposed; only recovery without compensation may follow");
            for (IdleDisposalMethod method : List.of(IdleDisposalMethod.EXTENSION, IdleDisposalMethod.CHANGE_OF_USE,
                    IdleDisposalMethod.TEMPORARY_USE, IdleDisposalMethod.AGREED_RECOVERY, IdleDisposalMethod.LAND_EXCHANGE)) {
                assertThat(DisposalPolicy.CASE_DETERMINED.check(request(fee, dispose(method, LocalDate.of(2026, 11, 1)))))
                        .as(method.name()).isPresent();
            }
            assertAllowed(fee, dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2026, 11, 1)));
        }

        @Test
        void recoveryAfterAFeeStillWaitsForTwoYears() {
            assertRefused(feeImposed(), dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2026, 10, 1)),
                    RuleCode.RULE_VIOLATION, "from 2026-10-02");
        }
    }

    @Nested
    class DecidedAfterDetermination {
        @Test
        void aDecisionBeforeTheDeterminationIsRefused() {
            assertRefused(determined(BreachCause.GOVERNMENT), new DisposeIdleLand(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-1",
                    DETERMINED_ON.minusDays(1), null, null, null, "0604", null, null, null),
                    RuleCode.INVALID_INPUT, "before the determination of 2025-11-20");
        }

        @Test
        void aDecisionOnTheDayOfTheDeterminationIsAllowed() {
            assertAllowed(determined(BreachCause.GOVERNMENT), new DisposeIdleLand(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-1",
                    DETERMINED_ON, LocalDate.of(2026, 6, 1), LocalDate.of(2028, 6, 1), null, "0604", null, null, null));
        }
    }

    @Nested
    class MethodFitsCause {
        @Test
        void landUserCauseGetsNoArticle12Option() {
            IdleCase landUser = determined(BreachCause.LAND_USER);
            for (IdleDisposalMethod method : List.of(IdleDisposalMethod.EXTENSION, IdleDisposalMethod.CHANGE_OF_USE,
                    IdleDisposalMethod.TEMPORARY_USE, IdleDisposalMethod.AGREED_RECOVERY, IdleDisposalMethod.LAND_EXCHANGE)) {
                assertThat(DisposalPolicy.METHOD_FITS_CAUSE.check(request(landUser, dispose(method, LocalDate.of(2025, 12, 1)))))
                        .as(method.name()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RuleCode.RULE_VIOLATION));
            }
            assertRefused(landUser, new DisposeIdleLand(ID, IdleDisposalMethod.EXTENSION, "JD-1", LocalDate.of(2025, 12, 1),
                    LocalDate.of(2026, 6, 1), null, null, null, null, null, null),
                    RuleCode.RULE_VIOLATION, "EXTENSION is not a disposal for idle land of LAND_USER cause");
        }

        @Test
        void governmentCauseOrForceMajeureGetsNoFeeNorRecovery() {
            for (BreachCause cause : List.of(BreachCause.GOVERNMENT, BreachCause.FORCE_MAJEURE)) {
                IdleCase excused = determined(cause);
                assertRefused(excused, dispose(IdleDisposalMethod.IDLE_FEE, LocalDate.of(2025, 12, 1)),
                        RuleCode.RULE_VIOLATION, "IDLE_FEE is not a disposal for idle land of " + cause + " cause");
                assertRefused(excused, dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2026, 12, 1)),
                        RuleCode.RULE_VIOLATION, "RECOVERY_WITHOUT_COMPENSATION is not a disposal");
            }
        }

        @Test
        void governmentCauseGetsTheArticle12Options() {
            IdleCase government = determined(BreachCause.GOVERNMENT);
            LocalDate on = LocalDate.of(2025, 12, 1);
            assertAllowed(government, new DisposeIdleLand(ID, IdleDisposalMethod.EXTENSION, "JD-1", on,
                    LocalDate.of(2026, 6, 1), null, null, null, null, null, null));
            assertAllowed(government, new DisposeIdleLand(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-1", on,
                    LocalDate.of(2026, 6, 1), LocalDate.of(2028, 6, 1), null, "0604", null, null, null));
            assertAllowed(government, new DisposeIdleLand(ID, IdleDisposalMethod.TEMPORARY_USE, "JD-1", on,
                    LocalDate.of(2026, 12, 2), LocalDate.of(2028, 12, 1), LocalDate.of(2026, 12, 1), null, null, null, null));
            assertAllowed(government, new DisposeIdleLand(ID, IdleDisposalMethod.AGREED_RECOVERY, "JD-1", on,
                    null, null, null, null, new BigDecimal("12345678.00"), null, null));
            assertAllowed(government, dispose(IdleDisposalMethod.LAND_EXCHANGE, on));
        }
    }

    @Nested
    class FeeAfterOneYear {
        // determined before the year is out, on a case idle since 2024-10-01
        private final IdleCase early = caseOf(determinedEvents(BreachCause.LAND_USER, LocalDate.of(2025, 9, 20), IDLE_SINCE));

        @Test
        void refusedOnTheLastDayOfTheFirstYear() {
            assertRefused(early, dispose(IdleDisposalMethod.IDLE_FEE, LocalDate.of(2025, 10, 1)), RuleCode.RULE_VIOLATION,
                    "the idle-land fee may be levied only after one full year idle (from 2025-10-02)");
        }

        @Test
        void allowedTheDayAfter() {
            assertAllowed(early, dispose(IdleDisposalMethod.IDLE_FEE, LocalDate.of(2025, 10, 2)));
        }
    }

    @Nested
    class RecoveryAfterTwoYears {
        private final IdleCase landUser = determined(BreachCause.LAND_USER);

        @Test
        void refusedBeforeTwoYears() {
            assertRefused(landUser, dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2025, 12, 1)),
                    RuleCode.RULE_VIOLATION, "recovery without compensation is allowed only after two full years idle (from 2026-10-02)");
        }

        @Test
        void refusedOnTheLastDayOfTheSecondYear() {
            assertRefused(landUser, dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2026, 10, 1)),
                    RuleCode.RULE_VIOLATION, "from 2026-10-02");
        }

        @Test
        void allowedFrom20261002() {
            assertAllowed(landUser, dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2026, 10, 2)));
        }

        @Test
        void theClockRunsFromTheDeterminedIdleSince() {
            // the brigade may determine another idleSince than the suspicion's
            IdleCase later = caseOf(determinedEvents(BreachCause.LAND_USER, DETERMINED_ON, LocalDate.of(2024, 11, 1)));
            assertThat(DisposalPolicy.RECOVERY_AFTER_TWO_YEARS.check(request(later,
                    dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2026, 11, 1))))).isPresent();
            assertThat(DisposalPolicy.RECOVERY_AFTER_TWO_YEARS.check(request(later,
                    dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, LocalDate.of(2026, 11, 2))))).isEmpty();
        }
    }

    @Nested
    class ExtensionWithinOneYear {
        private final IdleCase government = determined(BreachCause.GOVERNMENT);
        private final LocalDate decided = LocalDate.of(2025, 12, 1);

        private DisposeIdleLand extension(LocalDate newStart, LocalDate newCompletion) {
            return new DisposeIdleLand(ID, IdleDisposalMethod.EXTENSION, "JD-1", decided, newStart, newCompletion,
                    null, null, null, null, null);
        }

        @Test
        void oneYearAfterTheDecisionIsAllowed() {
            assertAllowed(government, extension(LocalDate.of(2026, 12, 1), null));
        }

        @Test
        void oneDayMoreIsRefused() {
            assertRefused(government, extension(LocalDate.of(2026, 12, 2), null), RuleCode.RULE_VIOLATION,
                    "(2025-12-02 to 2026-12-01)");
        }

        @Test
        void aNewStartOnOrBeforeTheDecisionIsRefused() {
            assertRefused(government, extension(decided, null), RuleCode.RULE_VIOLATION, "within one year of the decision");
            assertAllowed(government, extension(decided.plusDays(1), null));
        }

        @Test
        void aNewStartIsRequired() {
            assertRefused(government, extension(null, null), RuleCode.INVALID_INPUT, "an extension needs newStartDate");
        }

        @Test
        void aNewCompletionMustFollowTheNewStart() {
            assertRefused(government, extension(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)),
                    RuleCode.RULE_VIOLATION, "before the completion date");
            assertAllowed(government, extension(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2)));
        }
    }

    @Nested
    class TemporaryUseAtMostTwoYears {
        private final IdleCase forceMajeure = determined(BreachCause.FORCE_MAJEURE);
        private final LocalDate decided = LocalDate.of(2025, 12, 1);

        private DisposeIdleLand temporaryUse(LocalDate until) {
            return new DisposeIdleLand(ID, IdleDisposalMethod.TEMPORARY_USE, "JD-1", decided,
                    until == null ? null : until.plusDays(1), until == null ? null : until.plusYears(2), until,
                    null, null, null, null);
        }

        @Test
        void twoYearsIsAllowed() {
            assertAllowed(forceMajeure, temporaryUse(LocalDate.of(2027, 12, 1)));
        }

        @Test
        void moreThanTwoYearsIsRefused() {
            assertRefused(forceMajeure, temporaryUse(LocalDate.of(2027, 12, 2)), RuleCode.RULE_VIOLATION,
                    "temporary use needs temporaryUseUntil within two years of the decision");
        }

        @Test
        void anEndOnOrBeforeTheDecisionIsRefused() {
            assertRefused(forceMajeure, temporaryUse(decided), RuleCode.RULE_VIOLATION, "temporaryUseUntil");
            assertAllowed(forceMajeure, temporaryUse(decided.plusDays(1)));
        }

        @Test
        void noEndIsAMissingField() {
            assertRefused(forceMajeure, new DisposeIdleLand(ID, IdleDisposalMethod.TEMPORARY_USE, "JD-1", decided,
                    LocalDate.of(2027, 1, 1), LocalDate.of(2029, 1, 1), null, null, null, null, null),
                    RuleCode.INVALID_INPUT, "temporary use needs temporaryUseUntil");
        }
    }

    @Test
    void aChangeOfUseNamesTheNewUse() {
        assertRefused(determined(BreachCause.GOVERNMENT), new DisposeIdleLand(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-1",
                LocalDate.of(2025, 12, 1), null, null, null, " ", null, null, null),
                RuleCode.INVALID_INPUT, "a change of use needs newLandUse");
    }

    @Test
    void aChangeOfUseNamesALandUseCode() {
        assertRefused(determined(BreachCause.GOVERNMENT), new DisposeIdleLand(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-1",
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2028, 6, 1), null, "9999", null, null,
                null), RuleCode.INVALID_INPUT, "newLandUse must be a land use code of GB/T 21010-2017 (e.g. 0601 工业用地), not '9999'");
    }

    @Test
    void compensationIsNotNegative() {
        IdleCase government = determined(BreachCause.GOVERNMENT);
        assertRefused(government, new DisposeIdleLand(ID, IdleDisposalMethod.AGREED_RECOVERY, "JD-1",
                LocalDate.of(2025, 12, 1), null, null, null, null, new BigDecimal("-0.01"), null, null),
                RuleCode.INVALID_INPUT, "compensation cannot be negative");
        assertAllowed(government, new DisposeIdleLand(ID, IdleDisposalMethod.AGREED_RECOVERY, "JD-1",
                LocalDate.of(2025, 12, 1), null, null, null, null, BigDecimal.ZERO, null, null));
    }

    @Test
    void theFeeAllowedOnTheSampleIsOnFromTheSuspicionDay() {
        // a land-user case idle since the agreed start 2024-10-01, determined 2025-11-20: the fee may be decided at once
        assertAllowed(determined(BreachCause.LAND_USER), dispose(IdleDisposalMethod.IDLE_FEE, DETERMINED_ON));
    }

    @Nested
    class NewDates {
        private final IdleCase government = determined(BreachCause.GOVERNMENT);
        private final LocalDate decided = LocalDate.of(2025, 12, 1);
        private final LocalDate until = LocalDate.of(2027, 10, 1);

        private DisposeIdleLand temporaryUse(LocalDate newStart, LocalDate newCompletion) {
            return new DisposeIdleLand(ID, IdleDisposalMethod.TEMPORARY_USE, "JD-1", decided, newStart, newCompletion, until,
                    null, null, null, null);
        }

        private DisposeIdleLand changeOfUse(LocalDate newStart, LocalDate newCompletion) {
            return new DisposeIdleLand(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-1", decided, newStart, newCompletion, null,
                    "0602", null, null, null);
        }

        private DisposalPolicy.Request startedRequest(DisposeIdleLand command) {
            return new DisposalPolicy.Request(government, command, SampleContract.AGREED_START, SampleContract.TOTAL_PRICE, true);
        }

        @Test
        void temporaryUseAndChangeOfUseNameTheNewStartAndCompletion() {
            for (DisposeIdleLand missing : List.of(temporaryUse(null, LocalDate.of(2029, 10, 1)),
                    temporaryUse(LocalDate.of(2027, 11, 1), null), changeOfUse(null, LocalDate.of(2028, 6, 1)),
                    changeOfUse(LocalDate.of(2026, 6, 1), null))) {
                assertThat(DisposalPolicy.NEW_DATES_NAMED.check(request(government, missing)))
                        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RuleCode.INVALID_INPUT));
            }
        }

        @Test
        void afterTheStartOnlyTheCompletionIsNamed() {
            DisposeIdleLand completionOnly = changeOfUse(null, LocalDate.of(2027, 6, 1));
            assertThat(DisposalPolicy.NEW_DATES_NAMED.check(startedRequest(completionOnly))).isEmpty();
            assertThat(DisposalPolicy.NEW_DATES_IN_ORDER.check(startedRequest(completionOnly))).isEmpty();
            assertThat(DisposalPolicy.NEW_DATES_NAMED.check(startedRequest(changeOfUse(LocalDate.of(2026, 6, 1),
                    LocalDate.of(2027, 6, 1))))).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RuleCode.INVALID_INPUT));
        }

        @Test
        void theNewStartFollowsTheEndOfTheTemporaryUse() {
            assertThat(DisposalPolicy.NEW_DATES_IN_ORDER.check(request(government, temporaryUse(until.minusDays(1),
                    LocalDate.of(2029, 10, 1))))).isPresent();
            assertRefused(government, temporaryUse(until, LocalDate.of(2029, 10, 1)), RuleCode.RULE_VIOLATION,
                    "the new start date must follow the end of the temporary use 2027-10-01");
            assertAllowed(government, temporaryUse(until.plusDays(1), LocalDate.of(2029, 10, 1)));
        }

        @Test
        void theNewStartOfAChangeOfUseFollowsTheDecision() {
            assertRefused(government, changeOfUse(decided, LocalDate.of(2028, 6, 1)), RuleCode.RULE_VIOLATION,
                    "the new start date must follow the decision of 2025-12-01");
            assertAllowed(government, changeOfUse(decided.plusDays(1), LocalDate.of(2028, 6, 1)));
        }

        @Test
        void theNewCompletionFollowsTheNewStart() {
            LocalDate start = LocalDate.of(2026, 6, 1);
            assertRefused(government, changeOfUse(start, start), RuleCode.RULE_VIOLATION,
                    "the new completion date must follow the new start date");
            assertAllowed(government, changeOfUse(start, start.plusDays(1)));
        }
    }

    @Nested
    class FeeBase {
        private final IdleCase landUser = determined(BreachCause.LAND_USER);
        private final LocalDate decided = LocalDate.of(2025, 12, 1);

        private DisposalPolicy.Request fee(BigDecimal recordedPrice, BigDecimal feeBase) {
            return new DisposalPolicy.Request(landUser, new DisposeIdleLand(ID, IdleDisposalMethod.IDLE_FEE, "JD-1", decided,
                    null, null, null, null, null, null, null, feeBase), SampleContract.AGREED_START, recordedPrice, false);
        }

        @Test
        void aRecordedPriceOfZeroNeedsTheAssessedPrice() {
            assertThat(DisposalPolicy.FEE_BASE_ON_RECORD_OR_ASSESSED.check(fee(new BigDecimal("0.00"), null)))
                    .hasValueSatisfying(r -> {
                        assertThat(r.code()).isEqualTo(RuleCode.RULE_VIOLATION);
                        assertThat(r.reason()).contains("feeBase");
                    });
            assertThat(DisposalPolicy.FEE_BASE_ON_RECORD_OR_ASSESSED.check(fee(null, null))).isPresent();
            assertThat(DisposalPolicy.FEE_BASE_ON_RECORD_OR_ASSESSED.check(fee(new BigDecimal("0.00"), new BigDecimal("5000000.00"))))
                    .isEmpty();
        }

        @Test
        void theAssessedPriceIsPositive() {
            assertThat(DisposalPolicy.FEE_BASE_ON_RECORD_OR_ASSESSED.check(fee(new BigDecimal("0.00"), new BigDecimal("0.00"))))
                    .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RuleCode.INVALID_INPUT));
        }

        @Test
        void aPricedParcelIsChargedOnItsPrice() {
            assertThat(DisposalPolicy.FEE_BASE_ON_RECORD_OR_ASSESSED.check(fee(SampleContract.TOTAL_PRICE, null))).isEmpty();
            assertThat(DisposalPolicy.FEE_BASE_ON_RECORD_OR_ASSESSED.check(fee(SampleContract.TOTAL_PRICE,
                    SampleContract.TOTAL_PRICE))).isEmpty();
            assertThat(DisposalPolicy.FEE_BASE_ON_RECORD_OR_ASSESSED.check(fee(SampleContract.TOTAL_PRICE,
                    new BigDecimal("5000000.00")))).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RuleCode.RULE_VIOLATION));
        }

        @Test
        void otherMethodsAreNotConcerned() {
            assertThat(DisposalPolicy.FEE_BASE_ON_RECORD_OR_ASSESSED.check(request(landUser,
                    dispose(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, decided)))).isEmpty();
        }
    }
}
