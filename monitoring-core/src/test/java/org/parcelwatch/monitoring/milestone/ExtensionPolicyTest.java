package org.parcelwatch.monitoring.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.parcel.MilestoneTrack;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.RuleCode;

class ExtensionPolicyTest {

    private static final String ID = SampleContract.PARCEL_ID;
    private static final LocalDate START = LocalDate.of(2024, 10, 1);
    private static final LocalDate COMPLETION = LocalDate.of(2026, 10, 1);
    private static final LocalDate IN_GOOD_TIME = LocalDate.of(2024, 8, 1);

    private static MilestoneTrack track(Milestone milestone, ParcelEvent... after) {
        List<ParcelEvent> events = new ArrayList<>();
        events.add(SampleContract.registered());
        events.addAll(List.of(after));
        return ParcelState.replay(events).milestone(milestone);
    }

    private static MilestoneMissed startMissed() {
        return new MilestoneMissed(ID, Milestone.START, START, START.plusDays(1));
    }

    private static BreachFindingRecorded startFinding(BreachCause cause) {
        return new BreachFindingRecorded(ID, Milestone.START, START, cause,
                cause == BreachCause.GOVERNMENT ? GovernmentCause.PLAN_REVISED : null, "re-check", START.plusDays(5),
                cause == BreachCause.LAND_USER);
    }

    private static ExtensionPolicy.Request startRequest(MilestoneTrack track, LocalDate newDate, LocalDate appliedOn,
                                                        LocalDate today) {
        return new ExtensionPolicy.Request(Milestone.START, track, newDate, appliedOn, today, 30);
    }

    private static ExtensionPolicy.Request pendingStart(LocalDate newDate) {
        return startRequest(track(Milestone.START), newDate, IN_GOOD_TIME, IN_GOOD_TIME);
    }

    private static void assertRefused(ExtensionPolicy.Request request, RuleCode code) {
        assertThatThrownBy(() -> ExtensionPolicy.enforce(request))
                .isInstanceOfSatisfying(ParcelRuleException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void theBuiltTracksAreInTheStatesTheTestsNeed() {
        assertThat(track(Milestone.START).agreedDate()).isEqualTo(START);
        assertThat(track(Milestone.START, startMissed()).awaitsFinding()).isTrue();
        assertThat(track(Milestone.START, startMissed(), startFinding(BreachCause.GOVERNMENT)).isExcused()).isTrue();
        assertThat(track(Milestone.START, startMissed(), startFinding(BreachCause.LAND_USER)).isExcused()).isFalse();
    }

    @Nested
    class AtMostOneYear {
        @Test
        void exactlyOneYearIsAllowed() {
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(pendingStart(LocalDate.of(2025, 10, 1)))).isEmpty();
            assertThatCode(() -> ExtensionPolicy.enforce(pendingStart(LocalDate.of(2025, 10, 1)))).doesNotThrowAnyException();
        }

        @Test
        void oneDayMoreIsRefused() {
            Optional<Refusal> refusal = ExtensionPolicy.AT_MOST_ONE_YEAR.check(pendingStart(LocalDate.of(2025, 10, 2)));
            assertThat(refusal).isPresent();
            assertThat(refusal.get().code()).isEqualTo(RuleCode.RULE_VIOLATION);
            assertThat(refusal.get().reason()).contains("2025-10-01");
            assertRefused(pendingStart(LocalDate.of(2025, 10, 2)), RuleCode.RULE_VIOLATION);
        }

        @Test
        void countsFromTheContractDateAcrossEarlierExtensions() {
            MilestoneTrack extended = track(Milestone.START, new ExtensionGranted(ID, Milestone.START, START,
                    LocalDate.of(2025, 3, 1), COMPLETION, LocalDate.of(2027, 3, 1), "YJ-1", LocalDate.of(2024, 8, 20), "plan"));
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(startRequest(extended, LocalDate.of(2025, 9, 30),
                    IN_GOOD_TIME, IN_GOOD_TIME))).isEmpty();
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(startRequest(extended, LocalDate.of(2025, 10, 1),
                    IN_GOOD_TIME, IN_GOOD_TIME))).isEmpty();
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(startRequest(extended, LocalDate.of(2025, 10, 2),
                    IN_GOOD_TIME, IN_GOOD_TIME))).hasValueSatisfying(r -> assertThat(r.reason())
                    .isEqualTo("all extensions of START together move it at most one year from the contract date"
                            + " 2024-10-01 (to 2025-10-01)"));
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(startRequest(extended, LocalDate.of(2026, 3, 1),
                    IN_GOOD_TIME, IN_GOOD_TIME))).isPresent();
        }

        @Test
        void aYearUsedUpLeavesNoMoreExtension() {
            MilestoneTrack usedUp = track(Milestone.START, new ExtensionGranted(ID, Milestone.START, START,
                    LocalDate.of(2025, 10, 1), COMPLETION, LocalDate.of(2027, 10, 1), "YJ-1", LocalDate.of(2024, 8, 20), "plan"));
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(startRequest(usedUp, LocalDate.of(2025, 10, 2),
                    IN_GOOD_TIME, IN_GOOD_TIME))).isPresent();
        }

        @Test
        void anArticle12ExtensionHasItsOwnAllowanceAndLeavesTheContractYearAsItWas() {
            // the contract year used up, then an idle-land disposal (Art. 12 (1)) moves the start 2025-10-01 → 2027-06-01:
            // the contract extensions have no day left
            MilestoneTrack usedUp = track(Milestone.START,
                    new ExtensionGranted(ID, Milestone.START, START, LocalDate.of(2025, 10, 1), COMPLETION,
                            LocalDate.of(2027, 10, 1), "YJ-1", LocalDate.of(2024, 8, 20), "plan"),
                    new org.parcelwatch.monitoring.idle.IdleLandDisposed(ID, org.parcelwatch.monitoring.idle.IdleDisposalMethod.EXTENSION,
                            "CZ-1", LocalDate.of(2026, 11, 1), null, null, LocalDate.of(2025, 10, 1), LocalDate.of(2027, 6, 1),
                            LocalDate.of(2027, 10, 1), LocalDate.of(2029, 6, 1), null, null, null, null, null));
            assertThat(usedUp.agreedDate()).isEqualTo(LocalDate.of(2027, 6, 1));
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(startRequest(usedUp, LocalDate.of(2027, 6, 2),
                    IN_GOOD_TIME, IN_GOOD_TIME))).isPresent();
            // without a contract extension before it, the Art. 12 move leaves the whole contract year from the new start
            MilestoneTrack fresh = track(Milestone.START,
                    new org.parcelwatch.monitoring.idle.IdleLandDisposed(ID, org.parcelwatch.monitoring.idle.IdleDisposalMethod.EXTENSION,
                            "CZ-1", LocalDate.of(2025, 11, 1), null, null, START, LocalDate.of(2026, 6, 1),
                            COMPLETION, LocalDate.of(2028, 6, 1), null, null, null, null, null));
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(startRequest(fresh, LocalDate.of(2027, 6, 1),
                    IN_GOOD_TIME, IN_GOOD_TIME))).isEmpty();
            assertThat(ExtensionPolicy.AT_MOST_ONE_YEAR.check(startRequest(fresh, LocalDate.of(2027, 6, 2),
                    IN_GOOD_TIME, IN_GOOD_TIME))).isPresent();
        }
    }

    @Nested
    class MovesLater {
        @Test
        void theSameDateIsRefused() {
            assertThat(ExtensionPolicy.MOVES_LATER.check(pendingStart(START))).isPresent();
            assertRefused(pendingStart(START), RuleCode.RULE_VIOLATION);
        }

        @Test
        void anEarlierDateIsRefused() {
            assertThat(ExtensionPolicy.MOVES_LATER.check(pendingStart(START.minusDays(1))))
                    .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("an extension moves the date later than 2024-10-01"));
        }

        @Test
        void oneDayLaterIsAllowed() {
            assertThat(ExtensionPolicy.MOVES_LATER.check(pendingStart(START.plusDays(1)))).isEmpty();
        }
    }

    @Nested
    class NotYetReached {
        @Test
        void aReachedMilestoneIsRefused() {
            MilestoneTrack reached = track(Milestone.START,
                    new HandoverRecorded(ID, LocalDate.of(2024, 4, 1), "JD-1", LocalDate.of(2024, 4, 1)),
                    new ConstructionStarted(ID, LocalDate.of(2024, 7, 15), "photos", START));
            ExtensionPolicy.Request request = startRequest(reached, LocalDate.of(2025, 3, 1), IN_GOOD_TIME, IN_GOOD_TIME);
            assertThat(ExtensionPolicy.NOT_YET_REACHED.check(request))
                    .hasValueSatisfying(r -> {
                        assertThat(r.code()).isEqualTo(RuleCode.ILLEGAL_STATE);
                        assertThat(r.reason()).isEqualTo("START was already reached on 2024-07-15");
                    });
            assertRefused(request, RuleCode.ILLEGAL_STATE);
        }

        @Test
        void aPendingMilestoneIsNotConcerned() {
            assertThat(ExtensionPolicy.NOT_YET_REACHED.check(pendingStart(LocalDate.of(2025, 3, 1)))).isEmpty();
        }
    }

    @Nested
    class MissedDateNeedsExcuse {
        private final LocalDate later = LocalDate.of(2024, 10, 20);
        private final LocalDate newDate = LocalDate.of(2025, 3, 1);

        /** The START missed, with the finding of its cause if any, and an extension applied for after the miss. */
        private ExtensionPolicy.Request appliedAfterTheMiss(ParcelEvent... finding) {
            List<ParcelEvent> events = new ArrayList<>(List.of(startMissed()));
            events.addAll(List.of(finding));
            return startRequest(track(Milestone.START, events.toArray(ParcelEvent[]::new)), newDate, later, later);
        }

        @Test
        void aMissWithoutFindingIsRefused() {
            ExtensionPolicy.Request request = appliedAfterTheMiss();
            assertThat(ExtensionPolicy.MISSED_DATE_NEEDS_EXCUSE.check(request)).isPresent();
            assertRefused(request, RuleCode.RULE_VIOLATION);
        }

        @Test
        void aLandUserFindingIsRefused() {
            ExtensionPolicy.Request request = appliedAfterTheMiss(startFinding(BreachCause.LAND_USER));
            assertThat(ExtensionPolicy.MISSED_DATE_NEEDS_EXCUSE.check(request)).isPresent();
            assertRefused(request, RuleCode.RULE_VIOLATION);
        }

        @Test
        void aGovernmentFindingOpensTheWayEvenWhenAppliedLate() {
            ExtensionPolicy.Request request = appliedAfterTheMiss(startFinding(BreachCause.GOVERNMENT));
            assertThat(ExtensionPolicy.MISSED_DATE_NEEDS_EXCUSE.check(request)).isEmpty();
            assertThat(ExtensionPolicy.APPLIED_IN_TIME.check(request)).isEmpty();
            assertThatCode(() -> ExtensionPolicy.enforce(request)).doesNotThrowAnyException();
        }

        @Test
        void aForceMajeureFindingOpensTheWay() {
            ExtensionPolicy.Request request = appliedAfterTheMiss(startFinding(BreachCause.FORCE_MAJEURE));
            assertThatCode(() -> ExtensionPolicy.enforce(request)).doesNotThrowAnyException();
        }

        @Test
        void aPassedDateNotYetSweptCountsAsMissed() {
            ExtensionPolicy.Request request = startRequest(track(Milestone.START), newDate, IN_GOOD_TIME, START.plusDays(1));
            assertThat(ExtensionPolicy.MISSED_DATE_NEEDS_EXCUSE.check(request)).isPresent();
        }

        @Test
        void onTheAgreedDateItselfTheDateHasNotPassed() {
            ExtensionPolicy.Request request = startRequest(track(Milestone.START), newDate, IN_GOOD_TIME, START);
            assertThat(ExtensionPolicy.MISSED_DATE_NEEDS_EXCUSE.check(request)).isEmpty();
        }
    }

    @Nested
    class AppliedInTime {
        private final LocalDate newDate = LocalDate.of(2025, 3, 1);

        @Test
        void exactlyThirtyDaysBeforeIsAllowed() {
            LocalDate applied = LocalDate.of(2024, 9, 1);
            ExtensionPolicy.Request request = startRequest(track(Milestone.START), newDate, applied, LocalDate.of(2024, 9, 20));
            assertThat(ExtensionPolicy.APPLIED_IN_TIME.check(request)).isEmpty();
            assertThatCode(() -> ExtensionPolicy.enforce(request)).doesNotThrowAnyException();
        }

        @Test
        void twentyNineDaysBeforeIsRefused() {
            LocalDate applied = LocalDate.of(2024, 9, 2);
            ExtensionPolicy.Request request = startRequest(track(Milestone.START), newDate, applied, LocalDate.of(2024, 9, 20));
            assertThat(ExtensionPolicy.APPLIED_IN_TIME.check(request)).hasValueSatisfying(r -> {
                assertThat(r.code()).isEqualTo(RuleCode.RULE_VIOLATION);
                assertThat(r.reason()).isEqualTo(
                        "an extension must be applied for at least 30 days before 2024-10-01 (by 2024-09-01)");
            });
            assertRefused(request, RuleCode.RULE_VIOLATION);
        }

        @Test
        void theLeadDaysComeFromTheRequest() {
            LocalDate applied = LocalDate.of(2024, 9, 2);
            ExtensionPolicy.Request request = new ExtensionPolicy.Request(Milestone.START, track(Milestone.START), newDate,
                    applied, applied, 29);
            assertThat(ExtensionPolicy.APPLIED_IN_TIME.check(request)).isEmpty();
        }

        @Test
        void appliesToTheCompletionDateToo() {
            MilestoneTrack completion = track(Milestone.COMPLETION);
            LocalDate newCompletion = LocalDate.of(2027, 6, 1);
            assertThat(ExtensionPolicy.APPLIED_IN_TIME.check(new ExtensionPolicy.Request(Milestone.COMPLETION, completion,
                    newCompletion, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), 30))).isEmpty();
            assertThat(ExtensionPolicy.APPLIED_IN_TIME.check(new ExtensionPolicy.Request(Milestone.COMPLETION, completion,
                    newCompletion, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 2), 30))).isPresent();
        }
    }

    @Nested
    class LateHandover {
        private final LocalDate agreedHandover = LocalDate.of(2024, 4, 1);

        private MilestoneTrack handedOverOn(LocalDate on) {
            return track(Milestone.HANDOVER, new HandoverRecorded(ID, on, "JD-1", agreedHandover));
        }

        private ExtensionPolicy.Request lateHandover(MilestoneTrack start, MilestoneTrack handover, LocalDate appliedOn,
                                                     LocalDate approvedOn, GovernmentCause cause) {
            return new ExtensionPolicy.Request(Milestone.START, start, LocalDate.of(2025, 6, 1), appliedOn, approvedOn, 30,
                    cause, handover);
        }

        @Test
        void needsNoApplicationThirtyDaysAhead() {
            LocalDate late = LocalDate.of(2024, 9, 25);
            ExtensionPolicy.Request answered = lateHandover(track(Milestone.START), handedOverOn(LocalDate.of(2024, 9, 20)),
                    late, late, GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME);
            assertThat(ExtensionPolicy.APPLIED_IN_TIME.check(answered)).isEmpty();
            assertThatCode(() -> ExtensionPolicy.enforce(answered)).doesNotThrowAnyException();
            assertThat(ExtensionPolicy.APPLIED_IN_TIME.check(lateHandover(track(Milestone.START),
                    handedOverOn(LocalDate.of(2024, 9, 20)), late, late, GovernmentCause.PLAN_REVISED))).isPresent();
        }

        @Test
        void needsNoFindingOnTheMissedStart() {
            LocalDate later = LocalDate.of(2024, 10, 20);
            MilestoneTrack missed = track(Milestone.START, startMissed());
            assertThat(ExtensionPolicy.MISSED_DATE_NEEDS_EXCUSE.check(lateHandover(missed, track(Milestone.HANDOVER), later, later,
                    GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME))).isEmpty();
            assertThat(ExtensionPolicy.MISSED_DATE_NEEDS_EXCUSE.check(lateHandover(missed, track(Milestone.HANDOVER), later, later,
                    null))).isPresent();
        }

        @Test
        void handedOverOnTheAgreedDayIsNotLate() {
            LocalDate on = LocalDate.of(2024, 9, 25);
            assertThat(ExtensionPolicy.LATE_HANDOVER_IS_TRUE.check(lateHandover(track(Milestone.START),
                    handedOverOn(agreedHandover.minusDays(1)), on, on, GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME))).isPresent();
            assertThat(ExtensionPolicy.LATE_HANDOVER_IS_TRUE.check(lateHandover(track(Milestone.START),
                    handedOverOn(agreedHandover), on, on, GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME)))
                    .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("the land was handed over on 2024-04-01, "
                            + "not after the agreed 2024-04-01: the extension cannot answer a late handover"));
            assertThat(ExtensionPolicy.LATE_HANDOVER_IS_TRUE.check(lateHandover(track(Milestone.START),
                    handedOverOn(agreedHandover.plusDays(1)), on, on, GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME))).isEmpty();
        }

        @Test
        void notHandedOverItIsLateFromTheDayAfterTheAgreedHandover() {
            for (LocalDate approvedOn : List.of(agreedHandover.minusDays(1), agreedHandover)) {
                assertThat(ExtensionPolicy.LATE_HANDOVER_IS_TRUE.check(lateHandover(track(Milestone.START), track(Milestone.HANDOVER),
                        approvedOn, approvedOn, GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME))).as(approvedOn.toString()).isPresent();
            }
            LocalDate dayAfter = agreedHandover.plusDays(1);
            assertThat(ExtensionPolicy.LATE_HANDOVER_IS_TRUE.check(lateHandover(track(Milestone.START), track(Milestone.HANDOVER),
                    dayAfter, dayAfter, GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME))).isEmpty();
        }

        @Test
        void otherCausesAreNotConcerned() {
            LocalDate on = LocalDate.of(2024, 9, 25);
            assertThat(ExtensionPolicy.LATE_HANDOVER_IS_TRUE.check(lateHandover(track(Milestone.START),
                    handedOverOn(agreedHandover), on, on, GovernmentCause.PLAN_REVISED))).isEmpty();
        }
    }

    @Test
    void onlyStartOrCompletionCanBeExtended() {
        ExtensionPolicy.Request handover = new ExtensionPolicy.Request(Milestone.HANDOVER, null, LocalDate.of(2024, 5, 1),
                IN_GOOD_TIME, IN_GOOD_TIME, 30);
        assertThat(ExtensionPolicy.ONLY_START_OR_COMPLETION.check(handover)).isPresent();
        assertRefused(handover, RuleCode.INVALID_INPUT);
        assertThat(ExtensionPolicy.ONLY_START_OR_COMPLETION.check(pendingStart(LocalDate.of(2025, 3, 1)))).isEmpty();
    }

    @Test
    void theFirstBrokenRuleIsTheOneReported() {
        // reached and moved earlier: NOT_YET_REACHED comes before MOVES_LATER
        MilestoneTrack reached = track(Milestone.START,
                new HandoverRecorded(ID, LocalDate.of(2024, 4, 1), "JD-1", LocalDate.of(2024, 4, 1)),
                new ConstructionStarted(ID, LocalDate.of(2024, 7, 15), "photos", START));
        assertThatThrownBy(() -> ExtensionPolicy.enforce(startRequest(reached, START.minusDays(1), IN_GOOD_TIME, IN_GOOD_TIME)))
                .isInstanceOf(ParcelRuleException.class)
                .hasMessage("START was already reached on 2024-07-15");
    }

    @Test
    void movedCompletionKeepsTheDistanceInDays() {
        assertThat(ExtensionPolicy.movedCompletion(START, LocalDate.of(2025, 3, 1), COMPLETION))
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void movedCompletionCountsDaysNotMonths() {
        // 2023-10-01 → 2024-03-01 is 152 days (February 2024 has 29); 2025-10-01 + 152 days = 2026-03-02
        assertThat(ExtensionPolicy.movedCompletion(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 3, 1),
                LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void movedCompletionByAFullYear() {
        assertThat(ExtensionPolicy.movedCompletion(START, LocalDate.of(2025, 10, 1), COMPLETION))
                .isEqualTo(LocalDate.of(2027, 10, 1));
    }
}
