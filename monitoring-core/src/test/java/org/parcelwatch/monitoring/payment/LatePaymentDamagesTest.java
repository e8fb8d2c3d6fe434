package org.parcelwatch.monitoring.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.payment.LatePaymentDamages.Part;

class LatePaymentDamagesTest {

    private static final LocalDate DUE = LocalDate.of(2024, 5, 10);
    private static final BigDecimal AMOUNT = new BigDecimal("5000000.00");
    private static final BigDecimal PER_MILLE = new BigDecimal("0.001");

    private static Part part(String paidOn, String amount) {
        return new Part(LocalDate.parse(paidOn), new BigDecimal(amount));
    }

    @Test
    void theWorkedFigure() {
        // 2,000,000.00 × 1‰ × 11 days = 22,000.00; 3,000,000.00 × 1‰ × 31 days = 93,000.00
        List<Part> parts = List.of(part("2024-05-21", "2000000.00"), part("2024-06-10", "3000000.00"));
        BigDecimal damages = LatePaymentDamages.of(DUE, AMOUNT, parts, PER_MILLE, LocalDate.of(2024, 12, 31));
        assertThat(damages).isEqualTo(new BigDecimal("115000.00"));
    }

    @Test
    void theWorkedFigureDoesNotGrowAfterTheLastPayment() {
        List<Part> parts = List.of(part("2024-05-21", "2000000.00"), part("2024-06-10", "3000000.00"));
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, parts, PER_MILLE, LocalDate.of(2024, 6, 10)))
                .isEqualTo(new BigDecimal("115000.00"));
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, parts, PER_MILLE, LocalDate.of(2030, 1, 1)))
                .isEqualTo(new BigDecimal("115000.00"));
    }

    @Test
    void paidOnTheDueDateIsNotLate() {
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, List.of(part("2024-05-10", "5000000.00")), PER_MILLE,
                LocalDate.of(2024, 12, 31))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void paidBeforeTheDueDateIsNotLate() {
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, List.of(part("2024-03-01", "5000000.00")), PER_MILLE,
                LocalDate.of(2024, 12, 31))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void paidTheDayAfterTheDueDateIsOneDayLate() {
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, List.of(part("2024-05-11", "5000000.00")), PER_MILLE,
                LocalDate.of(2024, 12, 31))).isEqualTo(new BigDecimal("5000.00"));
    }

    @Test
    void unpaidAsOfTheDueDateOwesNothing() {
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, List.of(), PER_MILLE, DUE)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void unpaidAsOfTheDayBeforeOwesNothing() {
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, List.of(), PER_MILLE, DUE.minusDays(1))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void unpaidAsOfTheDayAfterOwesOneDayOfRateTimesAmount() {
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, List.of(), PER_MILLE, DUE.plusDays(1))).isEqualTo(new BigDecimal("5000.00"));
    }

    @Test
    void unpaidForThirtyOneDays() {
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, List.of(), PER_MILLE, LocalDate.of(2024, 6, 10)))
                .isEqualTo(new BigDecimal("155000.00"));
    }

    @Test
    void partlyPaidCountsTheRemainderUpToAsOf() {
        // 2,000,000.00 × 1‰ × 11 = 22,000.00; the unpaid 3,000,000.00 × 1‰ × 21 days (to 2024-05-31) = 63,000.00
        List<Part> parts = List.of(part("2024-05-21", "2000000.00"));
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, parts, PER_MILLE, LocalDate.of(2024, 5, 31)))
                .isEqualTo(new BigDecimal("85000.00"));
    }

    @Test
    void partlyPaidOnTimeChargesOnlyTheRemainder() {
        // 1,000,000.00 on the due date; 4,000,000.00 × 1‰ × 5 days = 20,000.00
        List<Part> parts = List.of(part("2024-05-10", "1000000.00"));
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, parts, PER_MILLE, LocalDate.of(2024, 5, 15)))
                .isEqualTo(new BigDecimal("20000.00"));
    }

    @Test
    void aPaymentAfterAsOfIsIgnored() {
        // as of 2024-05-31 the 3,000,000.00 of 2024-06-10 has not arrived: it counts as unpaid for 21 days
        List<Part> parts = List.of(part("2024-05-21", "2000000.00"), part("2024-06-10", "3000000.00"));
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, parts, PER_MILLE, LocalDate.of(2024, 5, 31)))
                .isEqualTo(new BigDecimal("85000.00"));
        // as of 2024-05-15 neither part has arrived: 5,000,000.00 × 1‰ × 5
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, parts, PER_MILLE, LocalDate.of(2024, 5, 15)))
                .isEqualTo(new BigDecimal("25000.00"));
    }

    @Test
    void aPaymentOnAsOfCounts() {
        List<Part> parts = List.of(part("2024-05-21", "5000000.00"));
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, parts, PER_MILLE, LocalDate.of(2024, 5, 21)))
                .isEqualTo(new BigDecimal("55000.00"));
    }

    @Test
    void theContractRateIsUsed() {
        // 0.5‰: 6,172,839.00 × 0.0005 × 3 = 9,259.2585 → 9,259.26
        assertThat(LatePaymentDamages.of(DUE, new BigDecimal("6172839.00"), List.of(), new BigDecimal("0.0005"),
                DUE.plusDays(3))).isEqualTo(new BigDecimal("9259.26"));
    }

    @Test
    void theResultHasTwoDecimals() {
        BigDecimal damages = LatePaymentDamages.of(DUE, new BigDecimal("0.01"), List.of(), PER_MILLE, DUE.plusDays(1));
        assertThat(damages).isEqualTo(new BigDecimal("0.00"));
        assertThat(damages.scale()).isEqualTo(2);
    }

    @Test
    void daysLateCountsFromTheDayAfterTheDueDate() {
        assertThat(LatePaymentDamages.daysLate(DUE, DUE)).isZero();
        assertThat(LatePaymentDamages.daysLate(DUE, DUE.minusDays(10))).isZero();
        assertThat(LatePaymentDamages.daysLate(DUE, LocalDate.of(2024, 5, 21))).isEqualTo(11);
        assertThat(LatePaymentDamages.daysLate(DUE, LocalDate.of(2025, 5, 10))).isEqualTo(365);
    }
}
