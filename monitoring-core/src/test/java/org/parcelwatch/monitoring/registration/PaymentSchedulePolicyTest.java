package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;

class PaymentSchedulePolicyTest {

    private static InstallmentTerm term(String due, String amount) {
        return new InstallmentTerm(LocalDate.parse(due), new BigDecimal(amount));
    }

    private static List<String> codes(RegisterParcel contract) {
        return PaymentSchedulePolicy.warnings(contract).stream().map(w -> w.substring(0, w.indexOf(':'))).toList();
    }

    @Test
    void theSampleFirstInstallmentIsExactlyHalfThePrice() {
        assertThat(new BigDecimal("6172839.00").multiply(new BigDecimal(2))).isEqualByComparingTo("12345678.00");
    }

    @Test
    void theSampleScheduleDrawsNoWarning() {
        // first exactly 50%, due 2024-03-01 = one month after signing 2024-02-01; last due 2024-05-10
        assertThat(PaymentSchedulePolicy.warnings(SampleContract.register())).isEmpty();
    }

    @Test
    void aFirstInstallmentOneFenUnderHalfIsWarned() {
        RegisterParcel contract = SampleContract.builder()
                .installments(term("2024-03-01", "6172838.99"), term("2024-05-10", "6172839.01")).build();
        assertThat(PaymentSchedulePolicy.warnings(contract))
                .containsExactly("FIRST_INSTALLMENT_UNDER_HALF: the first installment is under 50% of the price");
    }

    @Test
    void halfOfAnOddPriceInFenIsMetByRoundingUp() {
        // 100.01 / 2 = 50.005: 50.00 is under half, 50.01 is not
        SampleContract.Builder b = SampleContract.builder().totalPrice(new BigDecimal("100.01"));
        assertThat(codes(b.installments(term("2024-03-01", "50.00"), term("2024-05-10", "50.01")).build()))
                .containsExactly("FIRST_INSTALLMENT_UNDER_HALF");
        assertThat(codes(b.installments(term("2024-03-01", "50.01"), term("2024-05-10", "50.00")).build())).isEmpty();
    }

    @Test
    void aFirstInstallmentDueOneDayAfterTheMonthIsWarned() {
        RegisterParcel contract = SampleContract.builder()
                .installments(term("2024-03-02", "6172839.00"), term("2024-05-10", "6172839.00")).build();
        assertThat(PaymentSchedulePolicy.warnings(contract))
                .containsExactly("FIRST_INSTALLMENT_LATE: the first installment is due more than one month after signing");
    }

    @Test
    void oneMonthIsACalendarMonth() {
        // signed 2024-01-31: one month later is 2024-02-29 (leap year)
        SampleContract.Builder b = SampleContract.builder().signedOn(LocalDate.of(2024, 1, 31));
        assertThat(codes(b.installments(term("2024-02-29", "6172839.00"), term("2024-05-10", "6172839.00")).build())).isEmpty();
        assertThat(codes(b.installments(term("2024-03-01", "6172839.00"), term("2024-05-10", "6172839.00")).build()))
                .containsExactly("FIRST_INSTALLMENT_LATE");
    }

    @Test
    void theRemainderDueOneYearAfterSigningIsFineOneDayLaterWarned() {
        SampleContract.Builder b = SampleContract.builder();
        assertThat(codes(b.installments(term("2024-03-01", "6172839.00"), term("2025-02-01", "6172839.00")).build())).isEmpty();
        assertThat(PaymentSchedulePolicy.warnings(
                b.installments(term("2024-03-01", "6172839.00"), term("2025-02-02", "6172839.00")).build()))
                .containsExactly("REMAINDER_AFTER_ONE_YEAR: the last installment is due more than one year after signing");
    }

    @Test
    void everyWarningAtOnce() {
        RegisterParcel contract = SampleContract.builder().installments(
                term("2024-04-01", "1000000.00"), term("2024-12-01", "5000000.00"), term("2025-06-30", "6345678.00")).build();
        assertThat(codes(contract)).containsExactly(
                "FIRST_INSTALLMENT_UNDER_HALF", "FIRST_INSTALLMENT_LATE", "REMAINDER_AFTER_ONE_YEAR");
    }

    @Test
    void aSingleInstallmentIsBothFirstAndLast() {
        RegisterParcel contract = SampleContract.builder().installments(term("2025-03-01", "12345678.00")).build();
        assertThat(codes(contract)).containsExactly("FIRST_INSTALLMENT_LATE", "REMAINDER_AFTER_ONE_YEAR");
    }

    @Test
    void anAllocationOrAnIncompleteContractDrawsNoWarning() {
        assertThat(PaymentSchedulePolicy.warnings(SampleContract.builder()
                .supplyMethod(SupplyMethod.ALLOCATION).installments(List.of()).build())).isEmpty();
        assertThat(PaymentSchedulePolicy.warnings(SampleContract.builder().signedOn(null).build())).isEmpty();
        assertThat(PaymentSchedulePolicy.warnings(SampleContract.builder().totalPrice(null).build())).isEmpty();
    }

    @Test
    void numberingCountsFromOneInScheduleOrder() {
        assertThat(PaymentSchedulePolicy.number(SampleContract.register().installments())).containsExactly(
                new Installment(1, LocalDate.of(2024, 3, 1), new BigDecimal("6172839.00")),
                new Installment(2, LocalDate.of(2024, 5, 10), new BigDecimal("6172839.00")));
        assertThat(PaymentSchedulePolicy.number(List.of())).isEmpty();
    }

    @Test
    void eachCheckIsANamedRuleWhoseReasonStartsWithTheWarningCode() {
        PaymentSchedulePolicy.Schedule schedule = new PaymentSchedulePolicy.Schedule(LocalDate.of(2024, 2, 1),
                new BigDecimal("100.00"), new Installment(1, LocalDate.of(2024, 3, 2), new BigDecimal("49.99")),
                new Installment(2, LocalDate.of(2025, 2, 2), new BigDecimal("50.01")));
        assertThat(PaymentSchedulePolicy.FIRST_INSTALLMENT_UNDER_HALF.check(schedule)).map(Refusal::reason)
                .contains("FIRST_INSTALLMENT_UNDER_HALF: the first installment is under 50% of the price");
        assertThat(PaymentSchedulePolicy.FIRST_INSTALLMENT_LATE.check(schedule)).map(Refusal::reason)
                .contains("FIRST_INSTALLMENT_LATE: the first installment is due more than one month after signing");
        assertThat(PaymentSchedulePolicy.REMAINDER_AFTER_ONE_YEAR.check(schedule)).map(Refusal::reason)
                .contains("REMAINDER_AFTER_ONE_YEAR: the last installment is due more than one year after signing");

        PaymentSchedulePolicy.Schedule onTime = new PaymentSchedulePolicy.Schedule(LocalDate.of(2024, 2, 1),
                new BigDecimal("100.00"), new Installment(1, LocalDate.of(2024, 3, 1), new BigDecimal("50.00")),
                new Installment(2, LocalDate.of(2025, 2, 1), new BigDecimal("50.00")));
        assertThat(Rule.allRefusals(PaymentSchedulePolicy.ALL, onTime)).isEmpty();
    }

    @Test
    void theWarningsComeInTheOrderOfTheList() {
        assertThat(PaymentSchedulePolicy.ALL).containsExactly(PaymentSchedulePolicy.FIRST_INSTALLMENT_UNDER_HALF,
                PaymentSchedulePolicy.FIRST_INSTALLMENT_LATE, PaymentSchedulePolicy.REMAINDER_AFTER_ONE_YEAR);
    }

    @Test
    void theScheduleReadsTheFirstAndLastInstallmentOfACompleteContract() {
        assertThat(PaymentSchedulePolicy.schedule(SampleContract.register())).contains(new PaymentSchedulePolicy.Schedule(
                LocalDate.of(2024, 2, 1), new BigDecimal("12345678.00"),
                new Installment(1, LocalDate.of(2024, 3, 1), new BigDecimal("6172839.00")),
                new Installment(2, LocalDate.of(2024, 5, 10), new BigDecimal("6172839.00"))));
        assertThat(PaymentSchedulePolicy.schedule(SampleContract.builder().signedOn(null).build())).isEmpty();
        assertThat(PaymentSchedulePolicy.schedule(SampleContract.builder().installments(List.of()).build())).isEmpty();
    }
}
