package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.ParcelRegistered;

/** flags() and damages(asOf) of {@link ParcelState} folded from histories of the sample parcel. */
class ParcelStateTest {

    private static final String ID = SampleContract.PARCEL_ID;
    private static final BigDecimal HALF = new BigDecimal("6172839.00");
    private static final LocalDate START = LocalDate.of(2024, 10, 1);
    private static final LocalDate COMPLETION = LocalDate.of(2026, 10, 1);

    private static ParcelState fold(ParcelEvent... after) {
        return fold(SampleContract.registered(), after);
    }

    private static ParcelState fold(ParcelRegistered registered, ParcelEvent... after) {
        List<ParcelEvent> events = new ArrayList<>();
        events.add(registered);
        events.addAll(List.of(after));
        return ParcelState.replay(events);
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private static PaymentReceived paid(String receipt, String on, String amount, Settlement... settlements) {
        return new PaymentReceived(ID, receipt, yuan(amount), d(on), List.of(settlements));
    }

    private static final PaymentReceived FIRST_PAID = paid("R-1", "2024-02-28", "6172839.00", new Settlement(1, HALF));
    private static final InstallmentOverdue SECOND_OVERDUE = new InstallmentOverdue(ID, 2, d("2024-05-10"), HALF, d("2024-05-11"));
    private static final NoticeIssued SECOND_URGED = new NoticeIssued(ID, ID + "-CJ-01", NoticeType.PAYMENT_URGE, d("2024-05-11"),
            d("2024-05-10"), 2, "facts", "liability");
    private static final TerminationRightArisen TERMINATION_RIGHT =
            new TerminationRightArisen(ID, 2, d("2024-05-10"), ID + "-CJ-01", d("2024-07-10"));
    private static final HandoverRecorded HANDED_OVER = new HandoverRecorded(ID, d("2024-04-01"), "JD-1", d("2024-04-01"));
    private static final MilestoneMissed START_MISSED = new MilestoneMissed(ID, Milestone.START, START, START.plusDays(1));
    private static final MilestoneMissed COMPLETION_MISSED = new MilestoneMissed(ID, Milestone.COMPLETION, COMPLETION, COMPLETION.plusDays(1));

    private static BreachFindingRecorded finding(Milestone milestone, LocalDate agreed, BreachCause cause) {
        return new BreachFindingRecorded(ID, milestone, agreed, cause,
                cause == BreachCause.GOVERNMENT ? GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME : null,
                "re-check", agreed.plusDays(7), cause == BreachCause.LAND_USER);
    }

    @Nested
    class Flags {
        @Test
        void aFreshRegistrationHasNone() {
            assertThat(fold().flags()).isEmpty();
            assertThat(new ParcelState().flags()).isEmpty();
        }

        @Test
        void anOverdueInstallmentIsFlaggedUntilSettled() {
            assertThat(fold(FIRST_PAID, SECOND_OVERDUE).flags()).containsExactly(Flag.PAYMENT_OVERDUE);
            assertThat(fold(FIRST_PAID, SECOND_OVERDUE,
                    paid("R-2", "2024-05-21", "2000000.00", new Settlement(2, yuan("2000000.00")))).flags())
                    .containsExactly(Flag.PAYMENT_OVERDUE);
            assertThat(fold(FIRST_PAID, SECOND_OVERDUE, paid("R-2", "2024-05-21", "6172839.00", new Settlement(2, HALF))).flags())
                    .isEmpty();
        }

        @Test
        void theTerminationRightIsFlaggedUntilSettled() {
            ParcelState right = fold(FIRST_PAID, SECOND_OVERDUE, SECOND_URGED, TERMINATION_RIGHT);
            assertThat(right.flags()).containsExactlyInAnyOrder(Flag.PAYMENT_OVERDUE, Flag.TERMINATION_RIGHT);
            ParcelState settled = fold(FIRST_PAID, SECOND_OVERDUE, SECOND_URGED, TERMINATION_RIGHT,
                    paid("R-2", "2024-07-20", "6172839.00", new Settlement(2, HALF)));
            assertThat(settled.flags()).isEmpty();
        }

        @Test
        void aMissedStartIsFlaggedAndBecomesABreachOnALandUserFinding() {
            assertThat(fold(HANDED_OVER, START_MISSED).flags()).containsExactly(Flag.START_MISSED);
            assertThat(fold(HANDED_OVER, START_MISSED, finding(Milestone.START, START, BreachCause.LAND_USER)).flags())
                    .containsExactly(Flag.START_BREACH);
        }

        @Test
        void anExcusedStartIsNoBreach() {
            ParcelState excused = fold(HANDED_OVER, START_MISSED, finding(Milestone.START, START, BreachCause.GOVERNMENT));
            assertThat(excused.flags()).doesNotContain(Flag.START_BREACH);
            assertThat(excused.milestone(Milestone.START).status(d("2024-10-20"))).isEqualTo(MilestoneTrack.Status.EXCUSED);
        }

        @Test
        void anExtensionClearsTheMiss() {
            ParcelState extended = fold(HANDED_OVER, START_MISSED, finding(Milestone.START, START, BreachCause.GOVERNMENT),
                    new ExtensionGranted(ID, Milestone.START, START, d("2025-03-01"), COMPLETION, d("2027-03-01"), "YJ-1",
                            d("2024-10-15"), "handover late"));
            assertThat(extended.flags()).isEmpty();
            assertThat(extended.milestone(Milestone.START).agreedDate()).isEqualTo(d("2025-03-01"));
            assertThat(extended.milestone(Milestone.START).originalDate()).isEqualTo(START);
            assertThat(extended.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(d("2027-03-01"));
            assertThat(extended.milestone(Milestone.START).extensions()).isEqualTo(1);
        }

        @Test
        void theStartClearsTheStartFlagsEvenAfterABreach() {
            ParcelState started = fold(HANDED_OVER, START_MISSED, finding(Milestone.START, START, BreachCause.LAND_USER),
                    new ConstructionStarted(ID, d("2024-10-31"), "photos", START));
            assertThat(started.flags()).isEmpty();
            assertThat(started.milestone(Milestone.START).status(d("2024-11-01"))).isEqualTo(MilestoneTrack.Status.REACHED_LATE);
        }

        @Test
        void aMissedCompletionIsFlaggedAndBecomesABreach() {
            ParcelState started = fold(HANDED_OVER, new ConstructionStarted(ID, d("2024-09-20"), "photos", START), COMPLETION_MISSED);
            assertThat(started.flags()).containsExactly(Flag.COMPLETION_MISSED);
            assertThat(fold(HANDED_OVER, new ConstructionStarted(ID, d("2024-09-20"), "photos", START), COMPLETION_MISSED,
                    finding(Milestone.COMPLETION, COMPLETION, BreachCause.LAND_USER)).flags())
                    .containsExactly(Flag.COMPLETION_BREACH);
        }

        @Test
        void theIdleCaseFlagsFollowItsStatus() {
            IdleLandSuspected suspected = new IdleLandSuspected(ID, IdleGround.NOT_STARTED, START, d("2025-10-02"));
            IdleLandVerified verified = new IdleLandVerified(ID, IdleGround.NOT_STARTED, START, d("2025-10-05"), true, null);
            IdleLandReferred referred = new IdleLandReferred(ID, IdleGround.NOT_STARTED, START, d("2025-10-05"), d("2025-11-04"));
            IdleLandDetermined determined = new IdleLandDetermined(ID, "XZRD-1", d("2025-11-01"), BreachCause.LAND_USER, null, START);
            IdleLandDisposed fee = new IdleLandDisposed(ID, IdleDisposalMethod.IDLE_FEE, "XZF-1", d("2025-11-10"),
                    yuan("2469135.60"), d("2025-12-10"), null, null, null, null, null, null, null, d("2025-11-05"), null);
            IdleLandRecoveryEligible eligible = new IdleLandRecoveryEligible(ID, START, d("2026-10-02"));

            assertThat(fold(HANDED_OVER, START_MISSED, suspected).flags()).containsExactlyInAnyOrder(Flag.START_MISSED, Flag.IDLE_SUSPECTED);
            assertThat(fold(HANDED_OVER, suspected, verified).flags()).containsExactly(Flag.IDLE_SUSPECTED);
            assertThat(fold(HANDED_OVER, suspected, verified, referred).flags()).containsExactly(Flag.IDLE_REFERRED);
            assertThat(fold(HANDED_OVER, suspected, verified, referred, determined).flags()).containsExactly(Flag.IDLE_DETERMINED);
            assertThat(fold(HANDED_OVER, suspected, verified, referred, determined, fee).flags()).containsExactly(Flag.IDLE_DETERMINED);
            assertThat(fold(HANDED_OVER, suspected, verified, referred, determined, fee, eligible).flags())
                    .containsExactlyInAnyOrder(Flag.IDLE_DETERMINED, Flag.RECOVERY_ELIGIBLE);
            assertThat(fold(HANDED_OVER, suspected, verified, referred, determined, eligible).flags())
                    .containsExactlyInAnyOrder(Flag.IDLE_DETERMINED, Flag.RECOVERY_ELIGIBLE);
        }

        @Test
        void aSuspicionClearedOnSiteLeavesNoFlag() {
            ParcelState cleared = fold(HANDED_OVER,
                    new IdleLandSuspected(ID, IdleGround.NOT_STARTED, START, d("2025-10-02")),
                    new IdleLandVerified(ID, IdleGround.NOT_STARTED, START, d("2025-10-05"), false, "works begun"));
            assertThat(cleared.flags()).isEmpty();
            assertThat(cleared.idle().status()).isEqualTo(IdleStatus.NONE);
            assertThat(cleared.idle().isAnswered(IdleGround.NOT_STARTED, START)).isTrue();
        }

        @Test
        void anExcusedIdleCaseDisposedByExtensionLeavesNoFlag() {
            ParcelState disposed = fold(HANDED_OVER,
                    new IdleLandSuspected(ID, IdleGround.NOT_STARTED, START, d("2025-10-02")),
                    new IdleLandVerified(ID, IdleGround.NOT_STARTED, START, d("2025-10-05"), true, null),
                    new IdleLandReferred(ID, IdleGround.NOT_STARTED, START, d("2025-10-05"), d("2025-11-04")),
                    new IdleLandDetermined(ID, "XZRD-1", d("2025-11-01"), BreachCause.GOVERNMENT, GovernmentCause.PETITIONS, START),
                    new IdleLandDisposed(ID, IdleDisposalMethod.EXTENSION, "JD-1", d("2025-12-01"), null, null,
                            START, d("2026-06-01"), COMPLETION, d("2028-06-01"), null, null, null, null, null));
            assertThat(disposed.flags()).isEmpty();
            assertThat(disposed.idle().status()).isEqualTo(IdleStatus.DISPOSED);
            assertThat(disposed.milestone(Milestone.START).agreedDate()).isEqualTo(d("2026-06-01"));
            assertThat(disposed.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(d("2028-06-01"));
            assertThat(disposed.stage()).isEqualTo(Stage.HANDED_OVER);
        }

        @Test
        void aRecoveredParcelIsClosedAndHasNoFlags() {
            ParcelState recovered = fold(FIRST_PAID, SECOND_OVERDUE, HANDED_OVER, START_MISSED,
                    new IdleLandSuspected(ID, IdleGround.NOT_STARTED, START, d("2025-10-02")),
                    new IdleLandVerified(ID, IdleGround.NOT_STARTED, START, d("2025-10-05"), true, null),
                    new IdleLandReferred(ID, IdleGround.NOT_STARTED, START, d("2025-10-05"), d("2025-11-04")),
                    new IdleLandDetermined(ID, "XZRD-1", d("2025-11-01"), BreachCause.LAND_USER, null, START),
                    new IdleLandDisposed(ID, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "SH-1", d("2026-10-02"), null, null,
                            null, null, null, null, null, null, null, d("2026-09-01"), null));
            assertThat(recovered.stage()).isEqualTo(Stage.RECOVERED);
            assertThat(recovered.isClosed()).isTrue();
            assertThat(recovered.flags()).isEmpty();
        }

        @Test
        void aTerminatedParcelHasNoFlags() {
            ParcelState terminated = fold(FIRST_PAID, SECOND_OVERDUE, SECOND_URGED, TERMINATION_RIGHT,
                    new ContractTerminated(ID, "JC-1", d("2024-07-15"), "unpaid"));
            assertThat(terminated.stage()).isEqualTo(Stage.TERMINATED);
            assertThat(terminated.flags()).isEmpty();
            assertThat(terminated.termination().decisionNo()).isEqualTo("JC-1");
        }
    }

    @Nested
    class DamagesAsOf {
        @Test
        void theWorkedFigureOnTheLedger() {
            // second installment 5,000,000.00 due 2024-05-10 at 1‰: 2,000,000.00 on 05-21 and 3,000,000.00 on 06-10
            ParcelRegistered registered = SampleContract.registeredFrom(SampleContract.builder().installments(
                    new InstallmentTerm(d("2024-03-01"), yuan("7345678.00")),
                    new InstallmentTerm(d("2024-05-10"), yuan("5000000.00"))).build());
            ParcelState state = fold(registered,
                    paid("R-1", "2024-03-01", "7345678.00", new Settlement(1, yuan("7345678.00"))),
                    paid("R-2", "2024-05-21", "2000000.00", new Settlement(2, yuan("2000000.00"))),
                    paid("R-3", "2024-06-10", "3000000.00", new Settlement(2, yuan("3000000.00"))));
            assertThat(state.damages(d("2024-06-10")).latePayment()).isEqualTo(yuan("115000.00"));
            assertThat(state.damages(d("2025-01-01")))
                    .isEqualTo(new Damages(yuan("115000.00"), yuan("0.00"), yuan("0.00"), yuan("115000.00"), d("2025-01-01")));
            // as of 2024-05-31 the last 3,000,000.00 is unpaid for 21 days: 22,000.00 + 63,000.00
            assertThat(state.damages(d("2024-05-31")).latePayment()).isEqualTo(yuan("85000.00"));
            assertThat(state.totalOutstanding()).isEqualTo(yuan("0.00"));
        }

        @Test
        void unpaidInstallmentsAccrueWithoutAnyEventMarkingThem() {
            // 6,172,839.00 × 1‰ × 92 days (03-01 → 06-01) = 567,901.19; × 22 days (05-10 → 06-01) = 135,802.46
            Damages damages = fold().damages(d("2024-06-01"));
            assertThat(damages.latePayment()).isEqualTo(yuan("703703.65"));
            assertThat(damages.total()).isEqualTo(yuan("703703.65"));
            assertThat(damages.asOf()).isEqualTo(d("2024-06-01"));
        }

        @Test
        void nothingAccruesOnTheDueDate() {
            assertThat(fold(FIRST_PAID).damages(d("2024-05-10")).total()).isEqualTo(yuan("0.00"));
            assertThat(fold(FIRST_PAID).damages(d("2024-05-11")).total()).isEqualTo(yuan("6172.84"));
        }

        @Test
        void aStartBreachAccruesOnTheTotalPriceFromTheAgreedDateToTheStart() {
            ParcelState breach = fold(FIRST_PAID, paid("R-2", "2024-05-10", "6172839.00", new Settlement(2, HALF)),
                    HANDED_OVER, START_MISSED, finding(Milestone.START, START, BreachCause.LAND_USER));
            // 12,345,678.00 × 0.0005 × 10 days = 61,728.39
            assertThat(breach.damages(d("2024-10-11")))
                    .isEqualTo(new Damages(yuan("0.00"), yuan("61728.39"), yuan("0.00"), yuan("61728.39"), d("2024-10-11")));
            ParcelState started = fold(FIRST_PAID, paid("R-2", "2024-05-10", "6172839.00", new Settlement(2, HALF)),
                    HANDED_OVER, START_MISSED, finding(Milestone.START, START, BreachCause.LAND_USER),
                    new ConstructionStarted(ID, d("2024-10-31"), "photos", START));
            // 30 days to the actual start: 185,185.17, however late asked
            assertThat(started.damages(d("2025-06-01")).lateStart()).isEqualTo(yuan("185185.17"));
            assertThat(started.damages(d("2024-10-11")).lateStart()).isEqualTo(yuan("61728.39"));
        }

        @Test
        void aMissWithoutFindingOrAnExcusedMissAccruesNothing() {
            assertThat(fold(HANDED_OVER, START_MISSED).damages(d("2024-12-01")).lateStart()).isEqualTo(yuan("0.00"));
            assertThat(fold(HANDED_OVER, START_MISSED, finding(Milestone.START, START, BreachCause.FORCE_MAJEURE))
                    .damages(d("2024-12-01")).lateStart()).isEqualTo(yuan("0.00"));
        }

        @Test
        void aCompletionBreachUsesTheCompletionRate() {
            ParcelRegistered registered = SampleContract.registeredFrom(SampleContract.builder().penaltyRates(
                    new PenaltyRates(yuan("0.001"), yuan("0.0005"), yuan("0.0002"))).build());
            ParcelState breach = fold(registered, FIRST_PAID, paid("R-2", "2024-05-10", "6172839.00", new Settlement(2, HALF)),
                    HANDED_OVER, new ConstructionStarted(ID, d("2024-09-20"), "photos", START), COMPLETION_MISSED,
                    finding(Milestone.COMPLETION, COMPLETION, BreachCause.LAND_USER));
            // 12,345,678.00 × 0.0002 × 10 = 24,691.36
            assertThat(breach.damages(d("2026-10-11")))
                    .isEqualTo(new Damages(yuan("0.00"), yuan("0.00"), yuan("24691.36"), yuan("24691.36"), d("2026-10-11")));
            ParcelState completed = fold(registered, FIRST_PAID, paid("R-2", "2024-05-10", "6172839.00", new Settlement(2, HALF)),
                    HANDED_OVER, new ConstructionStarted(ID, d("2024-09-20"), "photos", START), COMPLETION_MISSED,
                    finding(Milestone.COMPLETION, COMPLETION, BreachCause.LAND_USER),
                    new ConstructionCompleted(ID, d("2026-10-21"), "GHYS-1", COMPLETION));
            assertThat(completed.damages(d("2027-01-01")).lateCompletion()).isEqualTo(yuan("49382.71"));
            assertThat(completed.flags()).isEmpty();
        }

        @Test
        void theTotalAddsAllThree() {
            ParcelState all = fold(FIRST_PAID, HANDED_OVER, START_MISSED, finding(Milestone.START, START, BreachCause.LAND_USER));
            Damages damages = all.damages(d("2024-10-11"));
            // late payment: 6,172,839.00 × 1‰ × 154 days (2024-05-10 → 2024-10-11) = 950,617.21
            assertThat(damages.latePayment()).isEqualTo(yuan("950617.21"));
            assertThat(damages.lateStart()).isEqualTo(yuan("61728.39"));
            assertThat(damages.lateCompletion()).isEqualTo(yuan("0.00"));
            assertThat(damages.total()).isEqualTo(yuan("1012345.60"));
        }

        @Test
        void anUnregisteredStateOwesNothing() {
            assertThat(new ParcelState().damages(d("2024-06-01")))
                    .isEqualTo(new Damages(yuan("0.00"), yuan("0.00"), yuan("0.00"), yuan("0.00"), d("2024-06-01")));
        }
    }

    @Test
    void aReferralKeepsTheDateOfTheOnSiteVerification() {
        // KNOWN BUG (reported): IdleLandVerified with stillIdle=true is not folded, so IdleCase.verifiedOn()
        // shows the referral date (the day the command ran) instead of the verification date entered.
        ParcelState referred = fold(HANDED_OVER,
                new IdleLandSuspected(ID, IdleGround.NOT_STARTED, START, d("2025-10-02")),
                new IdleLandVerified(ID, IdleGround.NOT_STARTED, START, d("2025-10-03"), true, "no works on site"),
                new IdleLandReferred(ID, IdleGround.NOT_STARTED, START, d("2025-10-06"), d("2025-11-05")));
        assertThat(referred.idle().referredOn()).isEqualTo(d("2025-10-06"));
        assertThat(referred.idle().verifiedOn()).isEqualTo(d("2025-10-03"));
    }

    @Test
    void noticesAreKeptWithTheirDelivery() {
        ParcelState delivered = fold(FIRST_PAID, SECOND_OVERDUE, SECOND_URGED,
                new NoticeDelivered(ID, ID + "-CJ-01", NoticeType.PAYMENT_URGE, d("2024-05-13"), "Zhang San"));
        assertThat(delivered.notices()).containsExactly(new NoticeRecord(ID + "-CJ-01", NoticeType.PAYMENT_URGE, d("2024-05-11"),
                d("2024-05-10"), 2, d("2024-05-13"), "Zhang San"));
        assertThat(delivered.noticesOfType(NoticeType.PAYMENT_URGE)).isEqualTo(1);
        assertThat(delivered.installment(2).urgeNoticeNo()).isEqualTo(ID + "-CJ-01");
        assertThat(delivered.installment(2).status(d("2024-05-20"))).isEqualTo(InstallmentLedger.Status.OVERDUE);
    }
}
