package org.parcelwatch.monitoring.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parcelwatch.monitoring.parcel.Money;

/**
 * Late-payment damages (滞纳金/违约金) on one installment: rate × amount × days late, each part of the
 * money counted from its own payment date, and what is still unpaid up to the day asked about.
 * An installment due on D is payable through D, so a payment on D+11 is 11 days late.
 */
public final class LatePaymentDamages {

    private LatePaymentDamages() {
    }

    /** A dated part of the money paid towards the installment. */
    public record Part(LocalDate paidOn, BigDecimal amount) {
    }

    public static BigDecimal of(LocalDate dueDate, BigDecimal amountDue, List<Part> paidParts, BigDecimal ratePerDay,
                                LocalDate asOf) {
        BigDecimal damages = BigDecimal.ZERO;
        BigDecimal outstanding = amountDue;
        for (Part part : paidParts) {
            if (part.paidOn().isAfter(asOf)) {
                continue;
            }
            outstanding = outstanding.subtract(part.amount());
            damages = damages.add(charge(ratePerDay, part.amount(), daysLate(dueDate, part.paidOn())));
        }
        if (outstanding.signum() > 0) {
            damages = damages.add(charge(ratePerDay, outstanding, daysLate(dueDate, asOf)));
        }
        return Money.yuan(damages);
    }

    static long daysLate(LocalDate dueDate, LocalDate on) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, on));
    }

    private static BigDecimal charge(BigDecimal rate, BigDecimal amount, long days) {
        return rate.multiply(amount).multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
    }
}
