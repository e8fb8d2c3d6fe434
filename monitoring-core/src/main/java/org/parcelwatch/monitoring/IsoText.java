package org.parcelwatch.monitoring;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * ISO dates and numbers in the fixed shapes we write ourselves, read by hand: stored dates and timestamps are read
 * for every event and parcel file, and a {@code DateTimeFormatter}'s general parse cost many times the rest of the
 * read. Whatever is not in the exact shape gives null (or -1), and the caller hands it to the general parser, which
 * reads or refuses it as before.
 */
public final class IsoText {

    private IsoText() {
    }

    /** {@code yyyy-MM-dd} at {@code from} in {@code text}, else null (another shape, or a day no calendar has). */
    public static LocalDate date(String text, int from) {
        if (text.length() < from + 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal number in {@code text} from {@code from} to {@code to}; -1 unless all are ASCII digits. */
    public static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
