package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The plot ratio (容积率) a completion reached against the planning conditions' bounds. */
class PlotRatioTest {

    private static final BigDecimal AREA = new BigDecimal("26666.70");
    private static final PlotRatio ONE_TO_TWO = new PlotRatio(new BigDecimal("1.0"), new BigDecimal("2.0"));

    private static boolean admits(PlotRatio bounds, String floorArea) {
        return bounds.admits(new BigDecimal(floorArea), AREA);
    }

    @Test
    void theLowerBoundAdmitsExactlyTheMinimumFloorArea() {
        assertThat(admits(ONE_TO_TWO, "26666.69")).isFalse();
        assertThat(admits(ONE_TO_TWO, "26666.70")).isTrue();
        assertThat(admits(ONE_TO_TWO, "26666.71")).isTrue();
    }

    @Test
    void theUpperBoundAdmitsExactlyTheMaximumFloorArea() {
        assertThat(admits(ONE_TO_TWO, "53333.39")).isTrue();
        assertThat(admits(ONE_TO_TWO, "53333.40")).isTrue();
        assertThat(admits(ONE_TO_TWO, "53333.41")).isFalse();
    }

    @Test
    void aMissingBoundDoesNotLimit() {
        assertThat(admits(new PlotRatio(null, new BigDecimal("2.0")), "0")).isTrue();
        assertThat(admits(new PlotRatio(new BigDecimal("1.0"), null), "999999")).isTrue();
    }

    @Test
    void nothingIsCheckedWithoutAFloorAreaBoundsOrAnArea() {
        assertThat(PlotRatio.check(ONE_TO_TWO, AREA, null)).isEmpty();
        assertThat(PlotRatio.check(null, AREA, new BigDecimal("1"))).isEmpty();
        assertThat(PlotRatio.check(new PlotRatio(null, null), AREA, new BigDecimal("1"))).isEmpty();
        assertThat(PlotRatio.check(ONE_TO_TWO, null, new BigDecimal("1"))).isEmpty();
        assertThat(PlotRatio.check(ONE_TO_TWO, AREA, new BigDecimal("53333.41")))
                .contains(new PlotRatio.Reading(new BigDecimal("53333.41"), new BigDecimal("2.00"), true));
    }

    @Test
    void theRatioReachedIsShownToTwoDecimals() {
        assertThat(PlotRatio.reached(new BigDecimal("40000.0"), AREA)).isEqualByComparingTo("1.50");
        assertThat(PlotRatio.reached(new BigDecimal("53333.41"), AREA)).isEqualByComparingTo("2.00");
    }
}
