package org.parcelwatch.projections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The business day of an event: its timestamp (set from the business clock) in the bureau's zone. */
public final class BusinessDay {

    private BusinessDay() {
    }

    public static LocalDate of(Instant timestamp, Clock businessClock) {
        return LocalDate.ofInstant(timestamp, businessClock.getZone());
    }
}
