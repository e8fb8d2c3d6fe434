package org.parcelwatch.monitoring.milestone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.parcelwatch.monitoring.parcel.Money;

/**
 * Damages for a late start or completion in breach (GF-2008-2601 Art. 37): the daily rate on the
 * total price for each day from the agreed date until the milestone was reached, or until the day
 * asked about while it is still outstanding.
 */
public final class LateMilestoneDamages {

    private LateMilestoneDamages() {
    }

    public static BigDecimal of(BigDecimal totalPrice, BigDecimal ratePerDay, LocalDate agreedDate, LocalDate reachedOn,
                                LocalDate asOf) {
        LocalDate until = reachedOn != null && !reachedOn.isAfter(asOf) ? reachedOn : asOf;
        long days = Math.max(0, ChronoUnit.DAYS.between(agreedDate, until));
        return Money.yuan(ratePerDay.multiply(totalPrice).multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP));
    }
}
