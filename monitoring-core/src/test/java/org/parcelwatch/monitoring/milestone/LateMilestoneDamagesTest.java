package org.parcelwatch.monitoring.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateMilestoneDamagesTest {

    private static final BigDecimal PRICE = new BigDecimal("12345678.00");
    private static final BigDecimal HALF_PER_MILLE = new BigDecimal("0.0005");
    private static final LocalDate AGREED = LocalDate.of(2024, 10, 1);

    @Test
    void outstandingRunsToAsOf() {
        // 12,345,678.00 × 0.0005 = 6,172.839 per day; 10 days = 61,728.39
        assertThat(LateMilestoneDamages.of(PRICE, HALF_PER_MILLE, AGREED, null, LocalDate.of(2024, 10, 11)))
                .isEqualTo(new BigDecimal("61728.39"));
    }

    @Test
    void oneDayIsRoundedToTheFen() {
        assertThat(LateMilestoneDamages.of(PRICE, HALF_PER_MILLE, AGREED, null, AGREED.plusDays(1)))
                .isEqualTo(new BigDecimal("6172.84"));
    }

    @Test
    void nothingOnOrBeforeTheAgreedDate() {
        assertThat(LateMilestoneDamages.of(PRICE, HALF_PER_MILLE, AGREED, null, AGREED)).isEqualTo(new BigDecimal("0.00"));
        assertThat(LateMilestoneDamages.of(PRICE, HALF_PER_MILLE, AGREED, null, AGREED.minusDays(5))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void reachedStopsTheClock() {
        // reached 2024-10-31: 30 days × 6,172.839 = 185,185.17
        LocalDate reached = LocalDate.of(2024, 10, 31);
        assertThat(LateMilestoneDamages.of(PRICE, HALF_PER_MILLE, AGREED, reached, LocalDate.of(2025, 6, 1)))
                .isEqualTo(new BigDecimal("185185.17"));
        assertThat(LateMilestoneDamages.of(PRICE, HALF_PER_MILLE, AGREED, reached, reached))
                .isEqualTo(new BigDecimal("185185.17"));
    }

    @Test
    void aReachDateAfterAsOfIsNotYetKnown() {
        LocalDate reached = LocalDate.of(2024, 10, 31);
        assertThat(LateMilestoneDamages.of(PRICE, HALF_PER_MILLE, AGREED, reached, LocalDate.of(2024, 10, 11)))
                .isEqualTo(new BigDecimal("61728.39"));
    }

    @Test
    void reachedOnTimeOwesNothing() {
        assertThat(LateMilestoneDamages.of(PRICE, HALF_PER_MILLE, AGREED, AGREED, LocalDate.of(2025, 1, 1)))
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aFullYearAtOnePerMille() {
        // 2024-10-01 → 2025-10-01 is 365 days; 12,345,678.00 × 0.001 × 365 = 4,506,172.47
        assertThat(LateMilestoneDamages.of(PRICE, new BigDecimal("0.001"), AGREED, null, LocalDate.of(2025, 10, 1)))
                .isEqualTo(new BigDecimal("4506172.47"));
    }
}
