package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.ParcelwatchJson;
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
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.RecordPatrol;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;

/**
 * Closure stops the clock (issue 13, rule 4): once the contract is terminated or the land recovered, damages stop
 * at the closing day and no date rule acts on the parcel again.
 */
class ClosureTest extends ParcelFixture {

    private static final BigDecimal HALF = new BigDecimal("6172839.00");

    /** The start breached from 2024-10-01, idle for the land user's cause, recovered without compensation on 2026-10-05. */
    private static List<Object> recoveredOn20261005() {
        List<Object> history = new ArrayList<>(Histories.startBreached());
        history.addAll(List.of(
                new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-02")),
                new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-05"), true, "vacant"),
                new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-05"), d("2025-11-04")),
                new IdleLandDetermined(PARCEL_ID, "XZRD-1", d("2025-11-01"), BreachCause.LAND_USER, null, d("2024-10-01")),
                new IdleLandRecoveryEligible(PARCEL_ID, d("2024-10-01"), d("2026-10-02")),
                new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "SH-1", d("2026-10-05"), null,
                        null, null, null, null, null, null, null, null, d("2026-09-01"), null)));
        return history;
    }

    /** Nothing paid; the first installment urged, the right to terminate arisen, the contract terminated on 2024-06-01. */
    private static List<Object> terminatedOn20240601() {
        return new ArrayList<>(List.of(SampleContract.registered(),
                new InstallmentOverdue(PARCEL_ID, 1, d("2024-03-01"), HALF, d("2024-03-02")),
                new NoticeIssued(PARCEL_ID, PARCEL_ID + "-CJ-01", NoticeType.PAYMENT_URGE, d("2024-03-02"), d("2024-03-01"), 1,
                        "facts", "liability"),
                new TerminationRightArisen(PARCEL_ID, 1, d("2024-03-01"), PARCEL_ID + "-CJ-01", d("2024-05-01")),
                new ContractTerminated(PARCEL_ID, "JC-2024-01", d("2024-06-01"), "unpaid")));
    }

    private static ParcelState fold(List<Object> history) {
        return ParcelState.replay(history.stream().map(ParcelEvent.class::cast).toList());
    }

    @Nested
    class DamagesStop {
        @Test
        void lateStartDamagesOfARecoveredParcelStopOnTheDayOfRecovery() {
            ParcelState recovered = fold(recoveredOn20261005());
            // 0.0005 × 12,345,678.00 a day from 2024-10-01: 733 days to the day before the recovery, 734 to it
            assertThat(recovered.damages(d("2026-10-04")).lateStart()).isEqualTo(yuan("4524690.99"));
            assertThat(recovered.damages(d("2026-10-05")).lateStart()).isEqualTo(yuan("4530863.83"));
            assertThat(recovered.damages(d("2026-10-06")).lateStart()).isEqualTo(yuan("4530863.83"));
            // the figure: 11,839,505.20 on 2030-01-01 before the clock stopped
            assertThat(recovered.damages(d("2030-01-01")).total()).isEqualTo(yuan("4530863.83"));
        }

        @Test
        void latePaymentDamagesOfATerminatedContractStopOnTheDayOfTermination() {
            ParcelState terminated = fold(terminatedOn20240601());
            assertThat(terminated.damages(d("2024-05-31")).latePayment()).isEqualTo(yuan("691357.97"));
            assertThat(terminated.damages(d("2024-06-01")).latePayment()).isEqualTo(yuan("703703.65"));
            assertThat(terminated.damages(d("2024-06-02")).latePayment()).isEqualTo(yuan("703703.65"));
            assertThat(terminated.damages(d("2030-01-01")).total()).isEqualTo(yuan("703703.65"));
        }

        @Test
        void theDamagesSayTheDayTheyWereAskedFor() {
            assertThat(fold(terminatedOn20240601()).damages(d("2030-01-01")).asOf()).isEqualTo(d("2030-01-01"));
        }

        @Test
        void anOpenParcelKeepsAccruing() {
            ParcelState open = fold(Histories.startBreached());
            assertThat(open.closedOn()).isNull();
            assertThat(open.clockDay(d("2030-01-01"))).isEqualTo(d("2030-01-01"));
            assertThat(open.damages(d("2030-01-01")).lateStart()).isEqualTo(yuan("11839505.20"));
        }
    }

    @Nested
    class ClockDay {
        @Test
        void theClosingDayIsTheDecisionDay() {
            assertThat(fold(recoveredOn20261005()).closedOn()).isEqualTo(d("2026-10-05"));
            assertThat(fold(terminatedOn20240601()).closedOn()).isEqualTo(d("2024-06-01"));
        }

        @Test
        void theClockStandsStillFromTheClosingDay() {
            ParcelState terminated = fold(terminatedOn20240601());
            assertThat(terminated.clockDay(d("2024-05-31"))).isEqualTo(d("2024-05-31"));
            assertThat(terminated.clockDay(d("2024-06-01"))).isEqualTo(d("2024-06-01"));
            assertThat(terminated.clockDay(d("2024-06-02"))).isEqualTo(d("2024-06-01"));
        }

        @Test
        void aStateStoredBeforeTheClosingDayWasKeptReadsItOffTheDecision() throws Exception {
            ObjectMapper json = ParcelwatchJson.objectMapper();
            for (List<Object> history : List.of(recoveredOn20261005(), terminatedOn20240601())) {
                ObjectNode stored = json.valueToTree(fold(history));
                stored.remove("closedOn");
                ParcelState old = json.treeToValue(stored, ParcelState.class);
                assertThat(old.closedOn()).isEqualTo(fold(history).closedOn());
                assertThat(old.damages(d("2030-01-01"))).isEqualTo(fold(history).damages(d("2030-01-01")));
            }
        }
    }

    @Nested
    class Sweep {
        @Test
        void noRuleActsTheDayAfterARecovery() {
            fixture.given(recoveredOn20261005().toArray())
                    .when(sweepOn("2026-10-06"))
                    .expectNoEvents();
        }

        @Test
        void noRuleActsOnATerminatedContractWhoseDatesComeLater() {
            // the second installment, the start and the completion all fell due after the termination
            fixture.given(terminatedOn20240601().toArray())
                    .when(sweepOn("2026-10-02"))
                    .expectNoEvents();
        }

        @Test
        void noCommandChangesAClosedParcel() {
            clock.setToday("2026-10-06");
            fixture.given(array(recoveredOn20261005()))
                    .when(new RecordPatrol(PARCEL_ID, d("2026-10-06"), "Li Wei", ConstructionStatus.NOT_STARTED,
                            null, null, null, null, null, null, null, null, null))
                    .expectException(refused(RuleCode.ILLEGAL_STATE))
                    .expectNoEvents();
        }
    }
}
