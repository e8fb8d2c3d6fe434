package org.parcelwatch.monitoring.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDraft;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;

class DueRuleTest {

    private static final String ID = SampleContract.PARCEL_ID;
    private static final SupervisionSettings SETTINGS = SupervisionSettings.defaults();
    private static final BigDecimal HALF = new BigDecimal("6172839.00");

    private static ParcelState state(ParcelEvent... after) {
        List<ParcelEvent> events = new ArrayList<>();
        events.add(SampleContract.registered());
        events.addAll(List.of(after));
        return ParcelState.replay(events);
    }

    /** The sample handed over on the agreed day, then {@code after}: the start, completion and idle rules are armed. */
    private static ParcelState handedOver(ParcelEvent... after) {
        List<ParcelEvent> events = new ArrayList<>();
        events.add(HANDED_OVER);
        events.addAll(List.of(after));
        return state(events.toArray(ParcelEvent[]::new));
    }

    private static List<DuePoint> points(ParcelState state) {
        return DueRule.pendingPoints(state, SETTINGS);
    }

    private static List<DuePoint> points(ParcelState state, String rule) {
        return points(state).stream().filter(p -> p.rule().equals(rule)).toList();
    }

    private static DuePoint point(ParcelState state, String rule, String subject) {
        return points(state).stream().filter(p -> p.rule().equals(rule) && p.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " point for " + subject));
    }

    private static PaymentReceived paid(String receipt, String on, String amount, Settlement... settlements) {
        return new PaymentReceived(ID, receipt, new BigDecimal(amount), LocalDate.parse(on), List.of(settlements));
    }

    private static NoticeIssued notice(NoticeType type, int serial, LocalDate issuedOn, LocalDate dueDate, Integer installmentNo) {
        return new NoticeIssued(ID, ID + "-" + type.code() + "-0" + serial, type, issuedOn, dueDate, installmentNo, "facts", "liability");
    }

    private static final ParcelEvent FIRST_PAID = paid("R-1", "2024-02-28", "6172839.00", new Settlement(1, HALF));
    private static final ParcelEvent HANDED_OVER = new HandoverRecorded(ID, LocalDate.of(2024, 4, 1), "JD-1", LocalDate.of(2024, 4, 1));
    private static final ParcelEvent STARTED = new ConstructionStarted(ID, LocalDate.of(2024, 9, 15), "photos", LocalDate.of(2024, 10, 1));

    @Test
    void theSampleHandedOverHasEveryDateRuleArmed() {
        assertThat(points(handedOver()))
                .extracting(DuePoint::rule, DuePoint::subject, DuePoint::firesOn, DuePoint::lapsesAfter)
                .containsExactly(
                        tuple("PAYMENT_REMINDER", "installment 1", LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1)),
                        tuple("PAYMENT_OVERDUE", "installment 1", LocalDate.of(2024, 3, 2), null),
                        tuple("PAYMENT_REMINDER", "installment 2", LocalDate.of(2024, 4, 10), LocalDate.of(2024, 5, 10)),
                        tuple("PAYMENT_OVERDUE", "installment 2", LocalDate.of(2024, 5, 11), null),
                        tuple("START_REMINDER", "START", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1)),
                        tuple("START_MISSED", "START", LocalDate.of(2024, 10, 2), null),
                        tuple("IDLE_NOT_STARTED", "START", LocalDate.of(2025, 10, 2), null),
                        tuple("COMPLETION_REMINDER", "COMPLETION", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)),
                        tuple("COMPLETION_MISSED", "COMPLETION", LocalDate.of(2026, 10, 2), null));
    }

    @Test
    void aRegistrationArmsThePaymentRulesAndTheHandoverOverdueOnly() {
        assertThat(points(state()))
                .extracting(DuePoint::rule, DuePoint::subject, DuePoint::firesOn, DuePoint::lapsesAfter)
                .containsExactly(
                        tuple("PAYMENT_REMINDER", "installment 1", LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1)),
                        tuple("PAYMENT_OVERDUE", "installment 1", LocalDate.of(2024, 3, 2), null),
                        tuple("HANDOVER_OVERDUE", "HANDOVER", LocalDate.of(2024, 4, 2), null),
                        tuple("PAYMENT_REMINDER", "installment 2", LocalDate.of(2024, 4, 10), LocalDate.of(2024, 5, 10)),
                        tuple("PAYMENT_OVERDUE", "installment 2", LocalDate.of(2024, 5, 11), null));
    }

    @Test
    void nextDueOnIsTheEarliestPoint() {
        assertThat(DueRule.nextDueOn(state(), SETTINGS)).isEqualTo(LocalDate.of(2024, 1, 31));
        ParcelState firstPaid = state(FIRST_PAID);
        // the land is not handed over: the handover is overdue before the second installment's reminder
        assertThat(DueRule.nextDueOn(firstPaid, SETTINGS)).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(DueRule.nextDueOn(handedOver(FIRST_PAID), SETTINGS)).isEqualTo(LocalDate.of(2024, 4, 10));
    }

    @Test
    void theLeadTimeComesFromTheSettings() {
        SupervisionSettings fifteen = new SupervisionSettings(15, 30, 60, 30, 30, new BigDecimal("0.20"), 30, PenaltyRates.statutoryDefaults());
        DuePoint reminder = DueRule.PAYMENT_REMINDER.points(state(FIRST_PAID), fifteen).get(0);
        assertThat(reminder.firesOn()).isEqualTo(LocalDate.of(2024, 4, 25));
    }

    @Nested
    class DueDays {
        private final LocalDate firstDue = LocalDate.of(2024, 3, 1);
        private final LocalDate agreedStart = LocalDate.of(2024, 10, 1);

        @Test
        void eachRuleFallsDueOnItsDayCountedFromItsDate() {
            assertThat(DueRule.PAYMENT_REMINDER.dueOn(firstDue, SETTINGS)).isEqualTo(LocalDate.of(2024, 1, 31));
            assertThat(DueRule.PAYMENT_OVERDUE.dueOn(firstDue, SETTINGS)).isEqualTo(LocalDate.of(2024, 3, 2));
            assertThat(DueRule.TERMINATION_RIGHT.dueOn(firstDue, SETTINGS)).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(DueRule.START_REMINDER.dueOn(agreedStart, SETTINGS)).isEqualTo(LocalDate.of(2024, 9, 1));
            assertThat(DueRule.START_MISSED.dueOn(agreedStart, SETTINGS)).isEqualTo(LocalDate.of(2024, 10, 2));
            assertThat(DueRule.COMPLETION_REMINDER.dueOn(LocalDate.of(2026, 10, 1), SETTINGS)).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(DueRule.COMPLETION_MISSED.dueOn(LocalDate.of(2026, 10, 1), SETTINGS)).isEqualTo(LocalDate.of(2026, 10, 2));
            assertThat(DueRule.IDLE_NOT_STARTED.dueOn(agreedStart, SETTINGS)).isEqualTo(LocalDate.of(2025, 10, 2));
            assertThat(DueRule.IDLE_PARTIAL_DEVELOPMENT.dueOn(LocalDate.of(2025, 1, 10), SETTINGS)).isEqualTo(LocalDate.of(2026, 1, 11));
            assertThat(DueRule.RECOVERY_ELIGIBLE.dueOn(agreedStart, SETTINGS)).isEqualTo(LocalDate.of(2026, 10, 2));
            assertThat(DueRule.HANDOVER_OVERDUE.dueOn(LocalDate.of(2024, 4, 1), SETTINGS)).isEqualTo(LocalDate.of(2024, 4, 2));
        }

        @Test
        void theSettingsMoveTheDaysTheyGovern() {
            SupervisionSettings twenty = new SupervisionSettings(20, 30, 45, 30, 30, new BigDecimal("0.20"), 30, PenaltyRates.statutoryDefaults());
            assertThat(DueRule.PAYMENT_REMINDER.dueOn(firstDue, twenty)).isEqualTo(LocalDate.of(2024, 2, 10));
            assertThat(DueRule.START_REMINDER.dueOn(agreedStart, twenty)).isEqualTo(LocalDate.of(2024, 9, 11));
            assertThat(DueRule.TERMINATION_RIGHT.dueOn(firstDue, twenty)).isEqualTo(LocalDate.of(2024, 4, 16));
            assertThat(DueRule.PAYMENT_OVERDUE.dueOn(firstDue, twenty)).isEqualTo(LocalDate.of(2024, 3, 2));
        }

        @Test
        void everyPendingPointFiresOnItsRulesDueDay() {
            ParcelState registered = handedOver();
            LocalDate completion = LocalDate.of(2026, 10, 1);
            assertThat(points(registered)).allSatisfy(point -> {
                DueRule rule = DueRule.ALL.stream().filter(r -> r.name().equals(point.rule())).findFirst().orElseThrow();
                LocalDate date = switch (point.subject()) {
                    case "installment 1" -> firstDue;
                    case "installment 2" -> LocalDate.of(2024, 5, 10);
                    case "START" -> agreedStart;
                    case "COMPLETION" -> completion;
                    default -> throw new AssertionError(point.subject());
                };
                assertThat(point.firesOn()).as(point.rule() + " " + point.subject()).isEqualTo(rule.dueOn(date, SETTINGS));
            });
        }

        @Test
        void theDueDayStaysOnceTheRuleHasActed() {
            ParcelState reminded = state(notice(NoticeType.START_REMINDER, 1, LocalDate.of(2024, 9, 1), agreedStart, null));
            assertThat(points(reminded, "START_REMINDER")).isEmpty();
            assertThat(DueRule.START_REMINDER.dueOn(reminded.milestone(Milestone.START).agreedDate(), SETTINGS))
                    .isEqualTo(LocalDate.of(2024, 9, 1));
        }
    }

    @Nested
    class Payments {
        @Test
        void theReminderFiresFromD30ThroughD() {
            DuePoint reminder = point(state(), "PAYMENT_REMINDER", "installment 2");
            assertThat(reminder.isDueOn(LocalDate.of(2024, 4, 9))).isFalse();
            assertThat(reminder.isDueOn(LocalDate.of(2024, 4, 10))).isTrue();
            assertThat(reminder.isDueOn(LocalDate.of(2024, 5, 10))).isTrue();
            assertThat(reminder.isDueOn(LocalDate.of(2024, 5, 11))).isFalse();
        }

        @Test
        void theReminderActionDraftsTheNotice() {
            DuePoint.Outcome outcome = point(state(), "PAYMENT_REMINDER", "installment 2").action().apply(LocalDate.of(2024, 4, 10));
            assertThat(outcome.events()).isEmpty();
            assertThat(outcome.notices()).singleElement().satisfies(n -> {
                assertThat(n.type()).isEqualTo(NoticeType.PAYMENT_REMINDER);
                assertThat(n.installmentNo()).isEqualTo(2);
                assertThat(n.issuedOn()).isEqualTo(LocalDate.of(2024, 4, 10));
                assertThat(n.dueDate()).isEqualTo(LocalDate.of(2024, 5, 10));
                assertThat(n.facts()).contains("6,172,839.00元");
            });
        }

        @Test
        void theOverdueFiresFromD1OnAndMarksTheInstallmentAndUrges() {
            DuePoint overdue = point(state(), "PAYMENT_OVERDUE", "installment 2");
            assertThat(overdue.isDueOn(LocalDate.of(2024, 5, 10))).isFalse();
            assertThat(overdue.isDueOn(LocalDate.of(2024, 5, 11))).isTrue();
            assertThat(overdue.isDueOn(LocalDate.of(2025, 1, 1))).isTrue();
            DuePoint.Outcome outcome = overdue.action().apply(LocalDate.of(2024, 5, 11));
            assertThat(outcome.events()).containsExactly(
                    new InstallmentOverdue(ID, 2, LocalDate.of(2024, 5, 10), HALF, LocalDate.of(2024, 5, 11)));
            NoticeDraft urge = outcome.notices().get(0);
            assertThat(urge.type()).isEqualTo(NoticeType.PAYMENT_URGE);
            assertThat(urge.liability()).contains("1‰").contains("超过60日");
        }

        @Test
        void theOverdueOfAPartlyPaidInstallmentStatesWhatIsOutstanding() {
            ParcelState partly = state(FIRST_PAID, paid("R-2", "2024-05-01", "1000000.00", new Settlement(2, new BigDecimal("1000000.00"))));
            assertThat(points(partly, "PAYMENT_REMINDER")).extracting(DuePoint::subject).containsExactly("installment 2");
            DuePoint.Outcome outcome = point(partly, "PAYMENT_OVERDUE", "installment 2").action().apply(LocalDate.of(2024, 5, 11));
            assertThat(((InstallmentOverdue) outcome.events().get(0)).outstanding()).isEqualTo(new BigDecimal("5172839.00"));
        }

        @Test
        void aFullPaymentRemovesThePaymentPointsOfTheInstallment() {
            ParcelState firstPaid = state(FIRST_PAID);
            assertThat(points(firstPaid, "PAYMENT_REMINDER")).extracting(DuePoint::subject).containsExactly("installment 2");
            assertThat(points(firstPaid, "PAYMENT_OVERDUE")).extracting(DuePoint::subject).containsExactly("installment 2");

            ParcelState allPaid = state(FIRST_PAID, paid("R-2", "2024-05-10", "6172839.00", new Settlement(2, HALF)));
            assertThat(points(allPaid, "PAYMENT_REMINDER")).isEmpty();
            assertThat(points(allPaid, "PAYMENT_OVERDUE")).isEmpty();
            assertThat(DueRule.nextDueOn(allPaid, SETTINGS)).isEqualTo(LocalDate.of(2024, 4, 2));
            assertThat(DueRule.nextDueOn(handedOver(FIRST_PAID, paid("R-2", "2024-05-10", "6172839.00", new Settlement(2, HALF))),
                    SETTINGS)).isEqualTo(LocalDate.of(2024, 9, 1));
        }

        @Test
        void oneFenShortKeepsThePoints() {
            ParcelState almost = state(FIRST_PAID,
                    paid("R-2", "2024-05-10", "6172838.99", new Settlement(2, new BigDecimal("6172838.99"))));
            assertThat(points(almost, "PAYMENT_OVERDUE")).extracting(DuePoint::subject).containsExactly("installment 2");
        }

        @Test
        void aReminderIsIssuedOnlyOnce() {
            ParcelState reminded = state(FIRST_PAID,
                    notice(NoticeType.PAYMENT_REMINDER, 2, LocalDate.of(2024, 4, 10), LocalDate.of(2024, 5, 10), 2));
            assertThat(points(reminded, "PAYMENT_REMINDER")).isEmpty();
            assertThat(points(reminded, "PAYMENT_OVERDUE")).extracting(DuePoint::subject).containsExactly("installment 2");
        }

        @Test
        void afterTheUrgeTheTerminationRightIsArmedForMoreThanSixtyDaysOverdue() {
            ParcelState urged = state(FIRST_PAID,
                    new InstallmentOverdue(ID, 2, LocalDate.of(2024, 5, 10), HALF, LocalDate.of(2024, 5, 11)),
                    notice(NoticeType.PAYMENT_URGE, 1, LocalDate.of(2024, 5, 11), LocalDate.of(2024, 5, 10), 2));
            assertThat(points(urged, "PAYMENT_OVERDUE")).isEmpty();
            assertThat(points(urged, "PAYMENT_REMINDER")).isEmpty();
            DuePoint termination = point(urged, "TERMINATION_RIGHT", "installment 2");
            // 2024-07-09 is 60 days after 2024-05-10, 2024-07-10 is 61
            assertThat(termination.firesOn()).isEqualTo(LocalDate.of(2024, 7, 10));
            assertThat(termination.isDueOn(LocalDate.of(2024, 7, 9))).isFalse();
            assertThat(termination.action().apply(LocalDate.of(2024, 7, 10)).events()).containsExactly(
                    new TerminationRightArisen(ID, 2, LocalDate.of(2024, 5, 10), ID + "-CJ-01", LocalDate.of(2024, 7, 10)));

            ParcelState arisen = state(FIRST_PAID,
                    new InstallmentOverdue(ID, 2, LocalDate.of(2024, 5, 10), HALF, LocalDate.of(2024, 5, 11)),
                    notice(NoticeType.PAYMENT_URGE, 1, LocalDate.of(2024, 5, 11), LocalDate.of(2024, 5, 10), 2),
                    new TerminationRightArisen(ID, 2, LocalDate.of(2024, 5, 10), ID + "-CJ-01", LocalDate.of(2024, 7, 10)));
            assertThat(points(arisen, "TERMINATION_RIGHT")).isEmpty();
        }

        @Test
        void anOverdueWithoutUrgeArmsNoTerminationRight() {
            ParcelState overdue = state(FIRST_PAID,
                    new InstallmentOverdue(ID, 2, LocalDate.of(2024, 5, 10), HALF, LocalDate.of(2024, 5, 11)));
            assertThat(points(overdue, "TERMINATION_RIGHT")).isEmpty();
        }
    }

    @Nested
    class Milestones {
        @Test
        void theStartMissedActionMarksTheMissAndIssuesTheStartNotice() {
            DuePoint missed = point(handedOver(), "START_MISSED", "START");
            assertThat(missed.isDueOn(LocalDate.of(2024, 10, 1))).isFalse();
            assertThat(missed.isDueOn(LocalDate.of(2024, 10, 2))).isTrue();
            DuePoint.Outcome outcome = missed.action().apply(LocalDate.of(2024, 10, 2));
            assertThat(outcome.events()).containsExactly(
                    new MilestoneMissed(ID, Milestone.START, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)));
            assertThat(outcome.notices()).extracting(NoticeDraft::type).containsExactly(NoticeType.START_OVERDUE);
        }

        @Test
        void theCompletionMissedActionMarksTheMissWithoutNotice() {
            DuePoint.Outcome outcome = point(handedOver(), "COMPLETION_MISSED", "COMPLETION").action().apply(LocalDate.of(2026, 10, 2));
            assertThat(outcome.events()).containsExactly(
                    new MilestoneMissed(ID, Milestone.COMPLETION, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)));
            assertThat(outcome.notices()).isEmpty();
        }

        @Test
        void aStartReminderIsIssuedOnlyOnce() {
            ParcelState reminded = handedOver(notice(NoticeType.START_REMINDER, 1, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1), null));
            assertThat(points(reminded, "START_REMINDER")).isEmpty();
            assertThat(points(reminded, "START_MISSED")).hasSize(1);
        }

        @Test
        void aMissedStartIsNotMissedAgainNorReminded() {
            ParcelState missed = handedOver(new MilestoneMissed(ID, Milestone.START, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)));
            assertThat(points(missed, "START_MISSED")).isEmpty();
            assertThat(points(missed, "START_REMINDER")).isEmpty();
            assertThat(points(missed, "IDLE_NOT_STARTED")).extracting(DuePoint::firesOn).containsExactly(LocalDate.of(2025, 10, 2));
        }

        @Test
        void theStartRemovesTheStartAndIdlePoints() {
            ParcelState started = state(HANDED_OVER, STARTED);
            assertThat(points(started, "START_REMINDER")).isEmpty();
            assertThat(points(started, "START_MISSED")).isEmpty();
            assertThat(points(started, "IDLE_NOT_STARTED")).isEmpty();
            assertThat(points(started, "COMPLETION_MISSED")).extracting(DuePoint::firesOn).containsExactly(LocalDate.of(2026, 10, 2));
        }

        @Test
        void theCompletionRemovesTheCompletionPoints() {
            ParcelState completed = state(HANDED_OVER, STARTED,
                    new ConstructionCompleted(ID, LocalDate.of(2026, 5, 1), "GHYS-1", LocalDate.of(2026, 10, 1)));
            assertThat(points(completed, "COMPLETION_REMINDER")).isEmpty();
            assertThat(points(completed, "COMPLETION_MISSED")).isEmpty();
        }

        @Test
        void anExtensionReArmsEveryDatedRuleOnTheNewDates() {
            ParcelState extended = handedOver(
                    notice(NoticeType.START_REMINDER, 1, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1), null),
                    new MilestoneMissed(ID, Milestone.START, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)),
                    new org.parcelwatch.monitoring.milestone.BreachFindingRecorded(ID, Milestone.START, LocalDate.of(2024, 10, 1),
                            BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED, "plan revised", LocalDate.of(2024, 10, 8), false),
                    new ExtensionGranted(ID, Milestone.START, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 1),
                            LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 1), "YJ-2024-01", LocalDate.of(2024, 10, 15), "plan"));
            assertThat(points(extended).stream().filter(p -> !p.rule().startsWith("PAYMENT")).toList())
                    .extracting(DuePoint::rule, DuePoint::firesOn)
                    .containsExactly(
                            tuple("START_REMINDER", LocalDate.of(2025, 1, 30)),
                            tuple("START_MISSED", LocalDate.of(2025, 3, 2)),
                            tuple("IDLE_NOT_STARTED", LocalDate.of(2026, 3, 2)),
                            tuple("COMPLETION_REMINDER", LocalDate.of(2027, 1, 30)),
                            tuple("COMPLETION_MISSED", LocalDate.of(2027, 3, 2)));
        }
    }

    /** Issue 13, rule 1: no start, completion or idle rule before the land is handed over. */
    @Nested
    class HandoverGate {
        private final ParcelState paidNotHandedOver = state(FIRST_PAID,
                paid("R-2", "2024-05-10", "6172839.00", new Settlement(2, HALF)));
        private final List<String> landUserRules =
                List.of("START_REMINDER", "START_MISSED", "COMPLETION_REMINDER", "COMPLETION_MISSED", "IDLE_NOT_STARTED");

        private ParcelState handedOverOn(String day) {
            return state(FIRST_PAID, paid("R-2", "2024-05-10", "6172839.00", new Settlement(2, HALF)),
                    new HandoverRecorded(ID, LocalDate.parse(day), "JD-1", LocalDate.of(2024, 4, 1)));
        }

        @Test
        void theHandoverOverdueFiresTheDayAfterTheAgreedHandoverWithoutNotice() {
            DuePoint overdue = point(paidNotHandedOver, "HANDOVER_OVERDUE", "HANDOVER");
            assertThat(overdue.isDueOn(LocalDate.of(2024, 3, 31))).isFalse();
            assertThat(overdue.isDueOn(LocalDate.of(2024, 4, 1))).isFalse();
            assertThat(overdue.isDueOn(LocalDate.of(2024, 4, 2))).isTrue();
            DuePoint.Outcome outcome = overdue.action().apply(LocalDate.of(2024, 4, 2));
            assertThat(outcome.events()).containsExactly(new HandoverOverdue(ID, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2)));
            assertThat(outcome.notices()).isEmpty();
        }

        @Test
        void theHandoverIsOverdueOnceAndNotAtAllOnceHandedOver() {
            ParcelState overdue = state(new HandoverOverdue(ID, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2)));
            assertThat(points(overdue, "HANDOVER_OVERDUE")).isEmpty();
            assertThat(points(handedOver(), "HANDOVER_OVERDUE")).isEmpty();
            assertThat(points(handedOverOn("2024-04-01"), "HANDOVER_OVERDUE")).isEmpty();
        }

        @Test
        void landNotHandedOverArmsNoStartCompletionOrIdleRule() {
            assertThat(points(paidNotHandedOver)).extracting(DuePoint::rule).doesNotContainAnyElementsOf(landUserRules);
        }

        @Test
        void nothingFallsDueAgainstTheLandUserBeforeOnOrAfterTheAgreedStartWhileTheLandIsNotHandedOver() {
            for (String day : List.of("2024-09-01", "2024-09-30", "2024-10-01", "2024-10-02", "2025-10-02", "2026-10-02")) {
                assertThat(points(paidNotHandedOver).stream().filter(p -> p.isDueOn(LocalDate.parse(day))))
                        .as(day).extracting(DuePoint::rule).doesNotContainAnyElementsOf(landUserRules);
            }
        }

        @Test
        void aHandoverTheDayBeforeTheAgreedStartArmsTheMissedStartForTheDayAfterIt() {
            DuePoint missed = point(handedOverOn("2024-09-30"), "START_MISSED", "START");
            assertThat(missed.isDueOn(LocalDate.of(2024, 10, 1))).isFalse();
            assertThat(missed.isDueOn(LocalDate.of(2024, 10, 2))).isTrue();
        }

        @Test
        void aHandoverOnTheAgreedStartArmsTheMissedStartForTheDayAfter() {
            DuePoint missed = point(handedOverOn("2024-10-01"), "START_MISSED", "START");
            assertThat(missed.firesOn()).isEqualTo(LocalDate.of(2024, 10, 2));
            assertThat(point(handedOverOn("2024-10-01"), "START_REMINDER", "START").isDueOn(LocalDate.of(2024, 10, 1))).isTrue();
        }

        @Test
        void aHandoverAfterTheAgreedStartLeavesTheMissedStartDueAtOnceUnlessTheStartIsExtended() {
            ParcelState late = handedOverOn("2024-10-03");
            assertThat(point(late, "START_MISSED", "START").isDueOn(LocalDate.of(2024, 10, 3))).isTrue();
            assertThat(point(late, "START_REMINDER", "START").isDueOn(LocalDate.of(2024, 10, 3))).isFalse();
            assertThat(point(late, "IDLE_NOT_STARTED", "START").firesOn()).isEqualTo(LocalDate.of(2025, 10, 2));
            assertThat(point(late, "COMPLETION_MISSED", "COMPLETION").firesOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        }
    }

    @Nested
    class IdleLand {
        private final IdleLandSuspected suspected =
                new IdleLandSuspected(ID, IdleGround.NOT_STARTED, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 10, 2));
        /** Found still idle on site on 2025-10-05 and referred to the brigade that day, to be investigated by 2025-11-04. */
        private final IdleLandVerified stillIdle =
                new IdleLandVerified(ID, IdleGround.NOT_STARTED, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 10, 5), true, null);
        private final IdleLandReferred referred = new IdleLandReferred(ID, IdleGround.NOT_STARTED, LocalDate.of(2024, 10, 1),
                LocalDate.of(2025, 10, 5), LocalDate.of(2025, 11, 4));
        /** Idle since the agreed start, 2024-10-01, by the land user's fault or the government's. */
        private final IdleLandDetermined byLandUser = determined(BreachCause.LAND_USER, null, LocalDate.of(2024, 10, 1));
        private final IdleLandDetermined byGovernment =
                determined(BreachCause.GOVERNMENT, GovernmentCause.PETITIONS, LocalDate.of(2024, 10, 1));

        private IdleLandDetermined determined(BreachCause cause, GovernmentCause governmentCause, LocalDate idleSince) {
            return new IdleLandDetermined(ID, "XZRD-1", LocalDate.of(2025, 11, 1), cause, governmentCause, idleSince);
        }

        @Test
        void theNotStartedPointFiresTheDayAfterAFullYear() {
            DuePoint idle = point(handedOver(), "IDLE_NOT_STARTED", "START");
            assertThat(idle.isDueOn(LocalDate.of(2025, 10, 1))).isFalse();
            assertThat(idle.isDueOn(LocalDate.of(2025, 10, 2))).isTrue();
            assertThat(idle.action().apply(LocalDate.of(2025, 10, 2)).events()).containsExactly(suspected);
        }

        @Test
        void anOpenCaseRaisesNoNewSuspicion() {
            assertThat(points(state(suspected), "IDLE_NOT_STARTED")).isEmpty();
        }

        @Test
        void aSuspicionClearedOnSiteIsNotRaisedAgainOnTheSameBasis() {
            ParcelState cleared = state(suspected, new IdleLandVerified(ID, IdleGround.NOT_STARTED, LocalDate.of(2024, 10, 1),
                    LocalDate.of(2025, 10, 5), false, "works begun"));
            assertThat(points(cleared, "IDLE_NOT_STARTED")).isEmpty();
        }

        @Test
        void aLandUserDeterminationArmsRecoveryAfterTwoYears() {
            ParcelState determined = state(suspected, stillIdle, referred, byLandUser);
            DuePoint recovery = point(determined, "RECOVERY_ELIGIBLE", "idle since 2024-10-01");
            assertThat(recovery.firesOn()).isEqualTo(LocalDate.of(2026, 10, 2));
            assertThat(recovery.action().apply(LocalDate.of(2026, 10, 2)).events())
                    .containsExactly(new IdleLandRecoveryEligible(ID, LocalDate.of(2024, 10, 1), LocalDate.of(2026, 10, 2)));

            ParcelState eligible = state(suspected, stillIdle, referred, byLandUser,
                    new IdleLandRecoveryEligible(ID, LocalDate.of(2024, 10, 1), LocalDate.of(2026, 10, 2)));
            assertThat(points(eligible, "RECOVERY_ELIGIBLE")).isEmpty();
        }

        @Test
        void aGovernmentDeterminationArmsNoRecovery() {
            ParcelState determined = state(suspected, stillIdle, referred, byGovernment);
            assertThat(points(determined, "RECOVERY_ELIGIBLE")).isEmpty();
        }

        @Test
        void anExtensionDisposalRestartsTheIdleClockFromTheNewStart() {
            ParcelState extended = handedOver(suspected, stillIdle, referred, byGovernment,
                    new IdleLandDisposed(ID, IdleDisposalMethod.EXTENSION, "JD-1", LocalDate.of(2025, 12, 1), null, null,
                            LocalDate.of(2024, 10, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2028, 6, 1),
                            null, null, null, null, null));
            assertThat(point(extended, "IDLE_NOT_STARTED", "START").firesOn()).isEqualTo(LocalDate.of(2027, 6, 2));
            assertThat(point(extended, "START_MISSED", "START").firesOn()).isEqualTo(LocalDate.of(2026, 6, 2));
            assertThat(point(extended, "COMPLETION_MISSED", "COMPLETION").firesOn()).isEqualTo(LocalDate.of(2028, 6, 2));
        }

        private ParcelState disposedByChangeOfUse(LocalDate determinedIdleSince) {
            return state(HANDED_OVER, suspected,
                    stillIdle, referred, determined(BreachCause.GOVERNMENT, GovernmentCause.PETITIONS, determinedIdleSince),
                    new IdleLandDisposed(ID, IdleDisposalMethod.CHANGE_OF_USE, "JD-1", LocalDate.of(2025, 12, 1), null, null,
                            null, null, null, null, null, "0604", null, null, null));
        }

        @Test
        void aCaseDisposedOfIsNotRaisedAgainOnTheSameBasis() {
            assertThat(points(disposedByChangeOfUse(LocalDate.of(2024, 10, 1)), "IDLE_NOT_STARTED")).isEmpty();
        }

        @Test
        void aCaseDisposedOfIsNotRaisedAgainWhenTheBrigadeDatedTheIdlenessOtherwise() {
            // KNOWN BUG (reported): the determination's idleSince (2024-12-01) replaces the suspicion's (2024-10-01)
            // before the disposal records the answered basis, so the basis NOT_STARTED@2024-10-01 that the sweep
            // recomputes is not recognised as answered and the same facts are suspected again on the next sweep.
            assertThat(points(disposedByChangeOfUse(LocalDate.of(2024, 12, 1)), "IDLE_NOT_STARTED")).isEmpty();
        }

        @Test
        void aSuspendedPatrolUnderThresholdArmsPartialDevelopment() {
            PatrolRecorded suspendedPatrol = new PatrolRecorded(ID, LocalDate.of(2025, 3, 1), "Li Wei", ConstructionStatus.SUSPENDED,
                    LocalDate.of(2025, 1, 10), new BigDecimal("5000.0"), new BigDecimal("30000000.00"), true, false, false,
                    "GZK-017", List.of("p1.jpg"), "site closed", PatrolStage.START);
            ParcelState suspended = state(HANDED_OVER, STARTED, suspendedPatrol);
            DuePoint partial = point(suspended, "IDLE_PARTIAL_DEVELOPMENT", "patrol 2025-03-01");
            assertThat(partial.firesOn()).isEqualTo(LocalDate.of(2026, 1, 11));
            assertThat(partial.action().apply(LocalDate.of(2026, 1, 11)).events()).containsExactly(new IdleLandSuspected(
                    ID, IdleGround.PARTIAL_DEVELOPMENT, LocalDate.of(2025, 1, 10), LocalDate.of(2026, 1, 11)));
        }

        @Test
        void aSuspendedPatrolAboveBothThresholdsArmsNothing() {
            PatrolRecorded suspendedPatrol = new PatrolRecorded(ID, LocalDate.of(2025, 3, 1), "Li Wei", ConstructionStatus.SUSPENDED,
                    LocalDate.of(2025, 1, 10), new BigDecimal("20000.0"), new BigDecimal("30000000.00"), true, false, false,
                    "GZK-017", List.of(), null, PatrolStage.START);
            assertThat(points(state(HANDED_OVER, STARTED, suspendedPatrol), "IDLE_PARTIAL_DEVELOPMENT")).isEmpty();
        }

        @Test
        void aLaterPatrolFindingWorkResumedDisarmsIt() {
            PatrolRecorded suspendedPatrol = new PatrolRecorded(ID, LocalDate.of(2025, 3, 1), "Li Wei", ConstructionStatus.SUSPENDED,
                    LocalDate.of(2025, 1, 10), new BigDecimal("5000.0"), null, null, null, null, null, null, null, PatrolStage.START);
            PatrolRecorded resumed = new PatrolRecorded(ID, LocalDate.of(2025, 6, 1), "Li Wei", ConstructionStatus.UNDER_CONSTRUCTION,
                    null, new BigDecimal("6000.0"), null, null, null, null, null, null, null, PatrolStage.START);
            assertThat(points(state(HANDED_OVER, STARTED, suspendedPatrol, resumed), "IDLE_PARTIAL_DEVELOPMENT")).isEmpty();
        }
    }

    @Test
    void aTerminatedParcelHasNoPoints() {
        ParcelState terminated = state(new ContractTerminated(ID, "JC-2024-01", LocalDate.of(2024, 8, 1), "unpaid"));
        assertThat(points(terminated)).isEmpty();
        assertThat(DueRule.nextDueOn(terminated, SETTINGS)).isNull();
    }

    @Test
    void aRecoveredParcelHasNoPoints() {
        ParcelState recovered = state(
                new IdleLandSuspected(ID, IdleGround.NOT_STARTED, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 10, 2)),
                new IdleLandVerified(ID, IdleGround.NOT_STARTED, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 10, 5), true, null),
                new IdleLandReferred(ID, IdleGround.NOT_STARTED, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 10, 5), LocalDate.of(2025, 11, 4)),
                new IdleLandDetermined(ID, "XZRD-1", LocalDate.of(2025, 11, 1), BreachCause.LAND_USER, null, LocalDate.of(2024, 10, 1)),
                new IdleLandDisposed(ID, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "SH-1", LocalDate.of(2026, 10, 2), null, null,
                        null, null, null, null, null, null, null, LocalDate.of(2026, 9, 1), null));
        assertThat(points(recovered)).isEmpty();
        assertThat(DueRule.nextDueOn(recovered, SETTINGS)).isNull();
    }

    @Test
    void anUnregisteredParcelHasNoPoints() {
        assertThat(DueRule.pendingPoints(new ParcelState(), SETTINGS)).isEmpty();
    }

    @Test
    void allRulesInTheirOrderOfActing() {
        assertThat(DueRule.ALL).extracting(DueRule::name).containsExactly("PAYMENT_REMINDER", "PAYMENT_OVERDUE",
                "TERMINATION_RIGHT", "HANDOVER_OVERDUE", "START_REMINDER", "START_MISSED", "COMPLETION_REMINDER", "COMPLETION_MISSED",
                "IDLE_NOT_STARTED", "IDLE_PARTIAL_DEVELOPMENT", "RECOVERY_ELIGIBLE", "PATROL_BOARD_CHECK", "PATROL_START_STAGE",
                "PATROL_COMPLETION_STAGE", "PATROL_AFTER_MISSED_START", "PATROL_AFTER_MISSED_COMPLETION", "PATROL_PERIODIC");
    }
}
