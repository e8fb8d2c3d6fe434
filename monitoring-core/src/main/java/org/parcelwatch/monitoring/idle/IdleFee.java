package org.parcelwatch.monitoring.idle;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The idle-land fee (土地闲置费, 《闲置土地处置办法》 Art. 14 (1)): a rate (20%) of the grant or allocation price. An
 * allocation recorded at price 0 is charged on its assessed price, which the decision names.
 */
public final class IdleFee {

    private IdleFee() {
    }

    /** A price on record that the fee can be reckoned on. */
    public static boolean isPriced(BigDecimal recordedPrice) {
        return recordedPrice != null && recordedPrice.signum() > 0;
    }

    /** What the fee is reckoned on: the price on record, or the assessed price where the record says 0. */
    public static BigDecimal base(BigDecimal recordedPrice, BigDecimal assessedPrice) {
        return isPriced(recordedPrice) ? recordedPrice : assessedPrice;
    }

    /** The fee in yuan, to the fen. */
    public static BigDecimal of(BigDecimal base, BigDecimal rate) {
        return base.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }
}
