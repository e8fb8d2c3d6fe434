package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.payment.TerminateContract;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.sweep.DueCheckResult;

class PaymentTest extends ParcelFixture {

    private static final String PROJECT = "Xinhe bearing plant phase II";
    /** The land handed over on the agreed day, so that a sweep after it acts on the payments alone. */
    private static final HandoverRecorded HANDED_OVER = new HandoverRecorded(PARCEL_ID, d("2024-04-01"), "JD-1", d("2024-04-01"));
    private final PaymentReceived firstInstallmentPaid =
            paid("R-001", "6172839.00", "2024-02-25", new Settlement(1, yuan("6172839.00")));

    @Test
    void settlesInstallmentsOldestFirst() {
        clock.setToday("2024-02-20");
        fixture.given(SampleContract.registered())
                .when(new RecordPayment(PARCEL_ID, yuan("7000000.00"), d("2024-02-20"), "R-001"))
                .expectEvents(paid("R-001", "7000000.00", "2024-02-20",
                        new Settlement(1, yuan("6172839.00")), new Settlement(2, yuan("827161.00"))));
    }

    @Test
    void refusesAnOverpayment() {
        clock.setToday("2024-03-01");
        fixture.given(SampleContract.registered(), firstInstallmentPaid)
                .when(new RecordPayment(PARCEL_ID, yuan("6172839.01"), d("2024-03-01"), "R-002"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void refusesAReceiptRecordedTwice() {
        clock.setToday("2024-03-01");
        fixture.given(SampleContract.registered(), firstInstallmentPaid)
                .when(new RecordPayment(PARCEL_ID, yuan("100.00"), d("2024-03-01"), "R-001"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void refusesAPaymentDatedAfterToday() {
        clock.setToday("2024-03-01");
        fixture.given(SampleContract.registered())
                .when(new RecordPayment(PARCEL_ID, yuan("100.00"), d("2024-03-02"), "R-009"))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void refusesANonPositiveAmount() {
        clock.setToday("2024-03-01");
        fixture.given(SampleContract.registered())
                .when(new RecordPayment(PARCEL_ID, yuan("-5.00"), d("2024-03-01"), "R-009"))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void remindsNothingThirtyOneDaysBeforeTheDueDate() {
        fixture.given(SampleContract.registered(), HANDED_OVER, firstInstallmentPaid)
                .when(sweepOn("2024-04-09"))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(DueCheckResult.class));
    }

    @Test
    void remindsThirtyDaysBeforeTheDueDate() {
        fixture.given(SampleContract.registered(), HANDED_OVER, firstInstallmentPaid)
                .when(sweepOn("2024-04-10"))
                .expectEvents(notice(NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-04-10")), 1))
                .expectResultMessagePayload(new DueCheckResult(PARCEL_ID, d("2024-04-10"), Map.of("PAYMENT_REMINDER", 1), d("2024-05-11")));
    }

    @Test
    void neverRemindsTwice() {
        fixture.given(SampleContract.registered(), HANDED_OVER, firstInstallmentPaid,
                        notice(NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-04-10")), 1))
                .when(sweepOn("2024-04-11"))
                .expectNoEvents();
    }

    @Test
    void remindsLateWhenTheReminderDayPassedButTheDueDateHasNot() {
        fixture.given(SampleContract.registered(), HANDED_OVER, firstInstallmentPaid)
                .when(sweepOn("2024-05-10"))
                .expectEvents(notice(NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-05-10")), 1));
    }

    @Test
    void isNotOverdueOnTheDueDate() {
        fixture.given(SampleContract.registered(), HANDED_OVER, firstInstallmentPaid,
                        notice(NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-04-10")), 1))
                .when(sweepOn("2024-05-10"))
                .expectNoEvents();
    }

    @Test
    void isOverdueTheDayAfterWithAnUrgeNotice() {
        fixture.given(SampleContract.registered(), HANDED_OVER, firstInstallmentPaid,
                        notice(NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-04-10")), 1))
                .when(sweepOn("2024-05-11"))
                .expectEvents(
                        new InstallmentOverdue(PARCEL_ID, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-05-11")),
                        notice(NoticeWording.paymentUrge(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), yuan("0.001"), 60, d("2024-05-11")), 1))
                .expectState(state(s -> {
                    assertThat(s.flags()).containsExactly(Flag.PAYMENT_OVERDUE);
                    assertThat(s.notices()).extracting(NoticeRecord::noticeNo)
                            .containsExactly("1305302024B00017-TX-01", "1305302024B00017-CJ-01");
                }));
    }

    @Test
    void catchesUpAfterDowntimeSkippingRemindersWhoseDueDatePassed() {
        fixture.given(SampleContract.registered(), HANDED_OVER)
                .when(sweepOn("2024-06-01"))
                .expectEvents(
                        new InstallmentOverdue(PARCEL_ID, 1, d("2024-03-01"), yuan("6172839.00"), d("2024-03-02")),
                        notice(NoticeWording.paymentUrge(PROJECT, 1, d("2024-03-01"), yuan("6172839.00"), yuan("0.001"), 60, d("2024-06-01")), 1),
                        new InstallmentOverdue(PARCEL_ID, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-05-11")),
                        notice(NoticeWording.paymentUrge(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), yuan("0.001"), 60, d("2024-06-01")), 2))
                .expectResultMessagePayload(new DueCheckResult(PARCEL_ID, d("2024-06-01"), Map.of("PAYMENT_OVERDUE", 2), d("2024-06-02")));
    }

    @Test
    void givesTheLandUserADayAfterALateUrgeBeforeTheTerminationRight() {
        fixture.given(SampleContract.registered(), HANDED_OVER,
                        new InstallmentOverdue(PARCEL_ID, 1, d("2024-03-01"), yuan("6172839.00"), d("2024-03-02")),
                        notice(NoticeWording.paymentUrge(PROJECT, 1, d("2024-03-01"), yuan("6172839.00"), yuan("0.001"), 60, d("2024-06-01")), 1),
                        new InstallmentOverdue(PARCEL_ID, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-05-11")),
                        notice(NoticeWording.paymentUrge(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), yuan("0.001"), 60, d("2024-06-01")), 2))
                .when(sweepOn("2024-06-02"))
                .expectEvents(new TerminationRightArisen(PARCEL_ID, 1, d("2024-03-01"), "1305302024B00017-CJ-01", d("2024-06-02")));
    }

    private Object[] overdueSecondInstallment() {
        return new Object[] {SampleContract.registered(), HANDED_OVER, firstInstallmentPaid,
                notice(NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-04-10")), 1),
                new InstallmentOverdue(PARCEL_ID, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-05-11")),
                notice(NoticeWording.paymentUrge(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), yuan("0.001"), 60, d("2024-05-11")), 1)};
    }

    @Test
    void hasNoTerminationRightAtSixtyDaysOverdue() {
        fixture.given(overdueSecondInstallment())
                .when(sweepOn("2024-07-09"))
                .expectNoEvents();
    }

    @Test
    void gainsTheTerminationRightAfterSixtyDaysOverdueFollowingAnUrgeNotice() {
        fixture.given(overdueSecondInstallment())
                .when(sweepOn("2024-07-10"))
                .expectEvents(new TerminationRightArisen(PARCEL_ID, 2, d("2024-05-10"), "1305302024B00017-CJ-01", d("2024-07-10")))
                .expectState(state(s -> assertThat(s.flags()).contains(Flag.PAYMENT_OVERDUE, Flag.TERMINATION_RIGHT)));
    }

    @Test
    void refusesTerminationBeforeTheRightHasArisen() {
        clock.setToday("2024-07-01");
        fixture.given(overdueSecondInstallment())
                .when(new TerminateContract(PARCEL_ID, "XH-JC-2024-01", d("2024-07-01"), "unpaid"))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }

    @Test
    void terminatesOnceTheRightHasArisenAndThenRefusesFurtherCommands() {
        clock.setToday("2024-07-15");
        fixture.given(overdueSecondInstallment())
                .andGiven(new TerminationRightArisen(PARCEL_ID, 2, d("2024-05-10"), "1305302024B00017-CJ-01", d("2024-07-10")))
                .when(new TerminateContract(PARCEL_ID, "XH-JC-2024-01", d("2024-07-15"), "unpaid after urge"))
                .expectEvents(new ContractTerminated(PARCEL_ID, "XH-JC-2024-01", d("2024-07-15"), "unpaid after urge"))
                .expectState(state(s -> {
                    assertThat(s.stage()).isEqualTo(Stage.TERMINATED);
                    assertThat(s.flags()).isEmpty();
                }));
    }

    @Test
    void clearsTheOverdueFlagWhenTheInstallmentIsPaid() {
        clock.setToday("2024-05-21");
        fixture.given(overdueSecondInstallment())
                .when(new RecordPayment(PARCEL_ID, yuan("6172839.00"), d("2024-05-21"), "R-002"))
                .expectEvents(paid("R-002", "6172839.00", "2024-05-21", new Settlement(2, yuan("6172839.00"))))
                .expectState(state(s -> {
                    assertThat(s.flags()).isEmpty();
                    assertThat(s.installment(2).status(d("2024-05-21"))).isEqualTo(InstallmentLedger.Status.PAID_LATE);
                }));
    }

    @Test
    void accruesLatePaymentDamagesPartByPart() {
        RegisterParcel contract = SampleContract.builder().installments(
                new InstallmentTerm(d("2024-03-01"), yuan("7345678.00")),
                new InstallmentTerm(d("2024-05-10"), yuan("5000000.00"))).build();
        clock.setToday("2024-06-10");
        fixture.given(SampleContract.registeredFrom(contract),
                        paid("R-001", "7345678.00", "2024-03-01", new Settlement(1, yuan("7345678.00"))),
                        paid("R-002", "2000000.00", "2024-05-21", new Settlement(2, yuan("2000000.00"))))
                .when(new RecordPayment(PARCEL_ID, yuan("3000000.00"), d("2024-06-10"), "R-003"))
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> {
                    assertThat(s.damages(d("2024-07-01")).latePayment()).isEqualByComparingTo("115000.00");
                    assertThat(s.damages(d("2024-05-20")).latePayment()).isEqualByComparingTo("50000.00");
                }));
    }
}
