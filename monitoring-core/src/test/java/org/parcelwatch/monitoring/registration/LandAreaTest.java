package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LandAreaTest {

    @Test
    void oneMuIsAFifteenthOfAHectare() {
        assertThat(LandArea.mu(new BigDecimal("10000"))).isEqualByComparingTo("15.00");
        assertThat(LandArea.mu(new BigDecimal("666.67"))).isEqualByComparingTo("1.00");
        // the sample: 26,666.70 m² is 40.00005 亩
        assertThat(LandArea.mu(new BigDecimal("26666.70"))).isEqualByComparingTo("40.00");
    }

    @Test
    void roundsHalfUpToAHundredthOfAMu() {
        // 3.33 m² = 0.004995 亩, 3.34 m² = 0.00501 亩
        assertThat(LandArea.mu(new BigDecimal("3.33"))).isEqualByComparingTo("0.00");
        assertThat(LandArea.mu(new BigDecimal("3.34"))).isEqualByComparingTo("0.01");
        assertThat(LandArea.mu(new BigDecimal("26666.70")).scale()).isEqualTo(2);
        assertThat(LandArea.mu(null)).isNull();
    }
}
