package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Plot-ratio bounds (容积率) set by the planning conditions; either may be absent.
 *
 * <p>Checked once, at the completion: the floor area on record (the acceptance's, else the last patrol's) over the
 * parcel's area. A ratio outside the bounds flags the parcel for the bureau (PLOT_RATIO_OUT_OF_RANGE) and
 * costs nothing: the contract's damages are for late payment, start and completion, and a planning breach is the
 * planning authority's to establish at the acceptance (规划核实). The bounds are compared on the floor area itself
 * (min × area ≤ floor area ≤ max × area), exactly, not on a rounded ratio.
 *
 * <p>Investment intensity (投资强度) is not checked alongside: the contract's total investment is a figure for the
 * whole project with no agreed minimum per m² stored with it, and the amounts patrols record (excluding land price
 * and taxes) are the officer's reading, not audited accounts; they serve the idle-land test (under 25% invested) only.
 */
public record PlotRatio(BigDecimal min, BigDecimal max) {

    /** What a completion's check found: the floor area taken, the ratio it gives, and whether that is out of range. */
    public record Reading(BigDecimal floorAreaSqm, BigDecimal plotRatio, boolean outOfRange) {
    }

    /**
     * The check at a completion of {@code floorAreaSqm} on {@code areaSqm} of land; empty when there is nothing to
     * check: no floor area on record, no bounds, or no area.
     */
    public static Optional<Reading> check(PlotRatio bounds, BigDecimal areaSqm, BigDecimal floorAreaSqm) {
        if (floorAreaSqm == null || bounds == null || (bounds.min() == null && bounds.max() == null)
                || areaSqm == null || areaSqm.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Reading(floorAreaSqm, reached(floorAreaSqm, areaSqm), !bounds.admits(floorAreaSqm, areaSqm)));
    }

    /** Whether {@code floorAreaSqm} built on {@code areaSqm} of land keeps within the bounds. */
    public boolean admits(BigDecimal floorAreaSqm, BigDecimal areaSqm) {
        boolean enough = min == null || floorAreaSqm.compareTo(min.multiply(areaSqm)) >= 0;
        boolean notTooMuch = max == null || floorAreaSqm.compareTo(max.multiply(areaSqm)) <= 0;
        return enough && notTooMuch;
    }

    /** The plot ratio reached, to two decimals as planning conditions state it. */
    public static BigDecimal reached(BigDecimal floorAreaSqm, BigDecimal areaSqm) {
        return floorAreaSqm.divide(areaSqm, 2, RoundingMode.HALF_UP);
    }
}
