package org.parcelwatch.monitoring.landuser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.monitoring.registration.LandUserDefault.Kind;

/** Which of a parcel's facts are open defaults on its land user's record (诚信档案), each rule on its own. */
class OpenDefaultsTest {

    private static final String ID = SampleContract.PARCEL_ID;
    private static final BigDecimal HALF = new BigDecimal("6172839.00");

    private static ParcelState fold(ParcelEvent... after) {
        List<ParcelEvent> events = new ArrayList<>();
        events.add(SampleContract.registered());
        events.addAll(List.of(after));
        return ParcelState.replay(events);
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static InstallmentOverdue overdue(int no, String due) {
        return new InstallmentOverdue(ID, no, d(due), HALF, d(due).plusDays(1));
    }

    private static IdleLandDetermined determined(BreachCause cause) {
        return new IdleLandDetermined(ID, "ZX-XZRD-1", d("2025-11-20"), cause,
                cause == BreachCause.GOVERNMENT ? GovernmentCause.PLAN_REVISED : null, d("2024-10-01"));
    }

    private static IdleLandDisposed disposed(IdleDisposalMethod method, String on, BigDecimal fee) {
        return new IdleLandDisposed(ID, method, "ZX-" + method.name().substring(0, 4) + "-1", d(on), fee, null, null, null,
                null, null, null, null, null, null, "decided");
    }

    @Test
    void aParcelKeepingItsContractHasNone() {
        assertThat(OpenDefaults.of(fold())).isEmpty();
        assertThat(OpenDefaults.of(new ParcelState())).isEmpty();
    }

    @Test
    void overdueInstallmentsAreOneDefaultOfWhatIsStillOutstandingSinceTheFirstWentOverdue() {
        ParcelState state = fold(overdue(1, "2024-03-01"),
                NoticeWording.paymentUrge("p", 1, d("2024-03-01"), HALF, new BigDecimal("0.001"), 60, d("2024-03-02"))
                        .issue(ID, 1),
                overdue(2, "2024-05-10"),
                new PaymentReceived(ID, "R-1", new BigDecimal("1000000.00"), d("2024-06-01"),
                        List.of(new Settlement(1, new BigDecimal("1000000.00")))));

        assertThat(OpenDefaults.of(state)).containsExactly(new LandUserDefault(ID, Kind.OVERDUE_LAND_PRICE,
                new BigDecimal("11345678.00"), ID + "-CJ-01", d("2024-03-02")));
    }

    @Test
    void anInstallmentDueButNotYetFoundOverdueIsNoDefault() {
        // the sweep marks it overdue the day after its due date; until then nothing is in default
        assertThat(OpenDefaults.OVERDUE_LAND_PRICE.apply(fold())).isEmpty();
    }

    @Test
    void theOverdueDefaultIsClearedWhenThePriceIsPaid() {
        ParcelState state = fold(overdue(1, "2024-03-01"),
                new PaymentReceived(ID, "R-1", HALF, d("2024-04-01"), List.of(new Settlement(1, HALF))));

        assertThat(OpenDefaults.of(state)).isEmpty();
    }

    @Test
    void idleLandDeterminedForTheLandUsersOwnCauseIsADefaultWhileTheCaseIsOpen() {
        assertThat(OpenDefaults.of(fold(determined(BreachCause.LAND_USER)))).containsExactly(new LandUserDefault(ID,
                Kind.IDLE_FOR_OWN_CAUSE, null, "ZX-XZRD-1", d("2025-11-20")));
        // the fee does not end the case: the land still lies idle, recovery may follow
        assertThat(OpenDefaults.of(fold(determined(BreachCause.LAND_USER),
                disposed(IdleDisposalMethod.IDLE_FEE, "2025-11-25", new BigDecimal("2469135.60")))))
                .containsExactly(new LandUserDefault(ID, Kind.IDLE_FOR_OWN_CAUSE, new BigDecimal("2469135.60"), "ZX-XZRD-1",
                        d("2025-11-20")));
    }

    @Test
    void idleLandOfAGovernmentCauseOrForceMajeureIsNoDefault() {
        assertThat(OpenDefaults.of(fold(determined(BreachCause.GOVERNMENT)))).isEmpty();
        assertThat(OpenDefaults.of(fold(determined(BreachCause.FORCE_MAJEURE)))).isEmpty();
    }

    @Test
    void aTerminatedContractIsADefaultThatReplacesItsOverduePrice() {
        ParcelState state = fold(overdue(1, "2024-03-01"), new ContractTerminated(ID, "JC-1", d("2024-06-10"), "unpaid"));

        assertThat(OpenDefaults.of(state)).containsExactly(new LandUserDefault(ID, Kind.CONTRACT_TERMINATED, null, "JC-1",
                d("2024-06-10")));
    }

    @Test
    void landRecoveredWithoutCompensationIsADefaultThatReplacesTheIdleCase() {
        ParcelState state = fold(determined(BreachCause.LAND_USER),
                disposed(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "2026-10-05", null),
                NoticeWording.recoveryDecision("p", d("2024-10-01"), d("2026-10-05"), "县政府批〔2026〕9号", d("2026-09-28")).issue(ID, 1));

        assertThat(OpenDefaults.of(state)).containsExactly(new LandUserDefault(ID, Kind.RECOVERED_WITHOUT_COMPENSATION,
                null, ID + "-SH-01", d("2026-10-05")));
    }

    @Test
    void landTakenBackForAGovernmentCauseIsNoDefault() {
        // 协议有偿收回 and 置换土地 (Art. 12) answer the government's own delay: the land user did nothing wrong
        for (IdleDisposalMethod method : List.of(IdleDisposalMethod.AGREED_RECOVERY, IdleDisposalMethod.LAND_EXCHANGE)) {
            assertThat(OpenDefaults.of(fold(determined(BreachCause.GOVERNMENT), disposed(method, "2026-01-05", null))))
                    .as(method.name()).isEmpty();
        }
    }
}
