package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Land areas in 亩, as county ledgers and public notices give them beside m². 1 亩 is a fifteenth of a hectare,
 * 10000/15 m² (≈ 666.67 m²), so the 亩 are m² × 0.0015, exactly, then rounded half up to 0.01 亩: dividing by the
 * rounded 666.67 would lose a hundredth of a 亩 on large parcels.
 */
public final class LandArea {

    private static final BigDecimal MU_PER_SQM = new BigDecimal("0.0015");

    private LandArea() {
    }

    /** The area in 亩, to 0.01 亩 (half up); null for an unknown area. */
    public static BigDecimal mu(BigDecimal sqm) {
        return sqm == null ? null : sqm.multiply(MU_PER_SQM).setScale(2, RoundingMode.HALF_UP);
    }
}
