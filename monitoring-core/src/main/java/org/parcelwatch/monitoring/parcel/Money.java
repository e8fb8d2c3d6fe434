package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is yuan as BigDecimal with two decimals (元, 角分); these helpers keep that one rule in one place. */
public final class Money {

    public static final BigDecimal ZERO = yuan(BigDecimal.ZERO);

    private Money() {
    }

    public static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal yuan(String amount) {
        return yuan(new BigDecimal(amount));
    }

    /** True when the amount has no more than two decimals (no fractions of a fen). */
    public static boolean isWholeFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }
}
