package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Guards for what a user enters, shared by the command handlers. The API validates the same before
 * sending; these keep the aggregate safe from any other sender (import, scripts).
 */
public final class Input {

    private Input() {
    }

    public static <T> T required(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ParcelRuleException.invalidInput(field + " is required");
        }
        return value;
    }

    /** Business dates a user enters may not lie after today (DESIGN §4). */
    public static LocalDate pastOrToday(LocalDate date, String field, LocalDate today) {
        required(date, field);
        if (date.isAfter(today)) {
            throw ParcelRuleException.invalidInput(field + " " + date + " lies after today " + today);
        }
        return date;
    }

    public static LocalDate notBefore(LocalDate date, String field, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw ParcelRuleException.invalidInput(field + " " + date + " lies before " + what + " " + earliest);
        }
        return date;
    }

    public static BigDecimal positiveYuan(BigDecimal amount, String field) {
        required(amount, field);
        if (amount.signum() <= 0 || !Money.isWholeFen(amount)) {
            throw ParcelRuleException.invalidInput(field + " must be a positive amount of yuan with at most two decimals");
        }
        return Money.yuan(amount);
    }
}
