package org.parcelwatch.api.application.clock;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far an adjustable business clock may be set from the real date: {@code parcelwatch.clock.max-years-from-now}
 * (100) years either way. A demo or test simulates years, not millennia; and near the ends of Java's date range the
 * offset and the instants stamped with it overflow (a request for {@code +999999999-12-31} once answered 500).
 */
@Component
public class ClockRange {

    private final BusinessClock clock;
    private final int maxYears;

    public ClockRange(BusinessClock clock, @Value("${parcelwatch.clock.max-years-from-now:100}") int maxYears) {
        this.clock = clock;
        this.maxYears = maxYears;
    }

    /** Thrown for a date outside the range; the clock is not moved. */
    public static final class OutOfRangeException extends RuntimeException {

        public OutOfRangeException(int maxYears, LocalDate earliest, LocalDate latest) {
            super("must lie within " + maxYears + " years of the real date, from " + earliest + " to " + latest);
        }
    }

    /** @throws OutOfRangeException when {@code today} is more than the allowed years from the real date */
    public void check(LocalDate today) {
        // the clock without its offset: the system's date
        LocalDate real = LocalDate.ofInstant(clock.instant().minus(clock.offset()), clock.getZone());
        LocalDate earliest = real.minusYears(maxYears);
        LocalDate latest = real.plusYears(maxYears);
        if (today.isBefore(earliest) || today.isAfter(latest)) {
            throw new OutOfRangeException(maxYears, earliest, latest);
        }
    }
}
