package org.parcelwatch.monitoring.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelwatch.monitoring.payment.LatePaymentDamages.Part;

class LatePaymentDamagesTest {

    private static final LocalDate DUE = LocalDate.of(2024, 5, 10);
    private static final BigDecimal AMOUNT = new BigDecimal("5000000.00");
    private static final BigDecimal PER_MILLE = new BigDecimal("0.001");

    private static List<Part> parts(String payments) {
        return payments.equals("none") ? List.of() : Arrays.stream(payments.split(" ")).map(payment -> {
            String[] paidOnAndAmount = payment.split("=");
            return new Part(LocalDate.parse(paidOnAndAmount[0]), new BigDecimal(paidOnAndAmount[1]));
        }).toList();
    }

    /**
     * {@link #AMOUNT} due on {@link #DUE} at 1‰ a day: the damages as of a day, after the payments made (each
     * {@code paidOn=amount}, space-separated; {@code none}: unpaid).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the worked figure: 2,000,000.00 × 1‰ × 11 days + 3,000,000.00 × 1‰ × 31 days | 2024-05-21=2000000.00 2024-06-10=3000000.00 | 2024-12-31 | 115000.00
            the worked figure does not grow after the last payment, as of its day        | 2024-05-21=2000000.00 2024-06-10=3000000.00 | 2024-06-10 | 115000.00
            the worked figure does not grow after the last payment, years later          | 2024-05-21=2000000.00 2024-06-10=3000000.00 | 2030-01-01 | 115000.00
            paid on the due date is not late                                              | 2024-05-10=5000000.00                       | 2024-12-31 | 0.00
            paid before the due date is not late                                          | 2024-03-01=5000000.00                       | 2024-12-31 | 0.00
            paid the day after the due date is one day late                               | 2024-05-11=5000000.00                       | 2024-12-31 | 5000.00
            unpaid as of the due date owes nothing                                        | none                                        | 2024-05-10 | 0.00
            unpaid as of the day before owes nothing                                      | none                                        | 2024-05-09 | 0.00
            unpaid as of the day after owes one day of rate times amount                  | none                                        | 2024-05-11 | 5000.00
            unpaid for thirty-one days                                                    | none                                        | 2024-06-10 | 155000.00
            partly paid: 2,000,000.00 × 1‰ × 11 + the unpaid 3,000,000.00 × 1‰ × 21 days  | 2024-05-21=2000000.00                       | 2024-05-31 | 85000.00
            partly paid on time: only the remainder, 4,000,000.00 × 1‰ × 5 days           | 2024-05-10=1000000.00                       | 2024-05-15 | 20000.00
            a payment after the day asked is ignored: it counts as unpaid for 21 days     | 2024-05-21=2000000.00 2024-06-10=3000000.00 | 2024-05-31 | 85000.00
            neither payment has arrived: 5,000,000.00 × 1‰ × 5                            | 2024-05-21=2000000.00 2024-06-10=3000000.00 | 2024-05-15 | 25000.00
            a payment on the day asked counts                                             | 2024-05-21=5000000.00                       | 2024-05-21 | 55000.00
            """)
    void damagesAsOf(String rule, String payments, LocalDate asOf, BigDecimal damages) {
        assertThat(LatePaymentDamages.of(DUE, AMOUNT, parts(payments), PER_MILLE, asOf)).isEqualTo(damages);
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
