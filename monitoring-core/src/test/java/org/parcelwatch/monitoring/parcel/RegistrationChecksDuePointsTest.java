package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.notice.NoticeType;

/**
 * A parcel entered after some of its dates (a contract registered late, a county's old ledger) is checked at once,
 * in the registration's own unit of work: its flags and notices are there when the answer comes, not after the next
 * nightly sweep. The sample contract: signed 2024-02-01, installment 1 due 2024-03-01 (reminder point 30 days
 * before, 2024-01-31), handover agreed 2024-04-01.
 */
class RegistrationChecksDuePointsTest extends ParcelFixture {

    @Test
    void enteredOnItsSigningDayOnlyTheReminderThatIsDueGoesOut() {
        clock.setToday("2024-02-01");
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> {
                    assertThat(s.noticesOfType(NoticeType.PAYMENT_REMINDER)).isEqualTo(1);
                    assertThat(s.installment(1).isReminded()).isTrue();
                    assertThat(s.flags()).isEmpty();
                    assertThat(s.eventCount()).isEqualTo(2);
                }));
    }

    @Test
    void enteredOnTheInstallmentsDueDateItIsNotYetOverdue() {
        clock.setToday("2024-03-01");
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> {
                    assertThat(s.flags()).doesNotContain(Flag.PAYMENT_OVERDUE);
                    assertThat(s.noticesOfType(NoticeType.PAYMENT_URGE)).isZero();
                }));
    }

    @Test
    void enteredTheDayAfterTheInstallmentsDueDateItIsOverdueAtOnceWithItsUrgeNotice() {
        clock.setToday("2024-03-02");
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> {
                    assertThat(s.flags()).contains(Flag.PAYMENT_OVERDUE);
                    assertThat(s.installment(1).overdueFrom()).isEqualTo(d("2024-03-02"));
                    assertThat(s.noticesOfType(NoticeType.PAYMENT_URGE)).isEqualTo(1);
                }));
    }

    @Test
    void enteredAfterTheAgreedHandoverTheBureausOwnDelayShowsAtOnce() {
        clock.setToday("2024-04-02");
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> assertThat(s.flags()).contains(Flag.HANDOVER_OVERDUE)));
    }
}
