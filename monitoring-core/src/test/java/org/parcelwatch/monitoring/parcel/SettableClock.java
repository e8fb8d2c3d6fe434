package org.parcelwatch.monitoring.parcel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A settable business clock for aggregate tests: "today" in Asia/Shanghai, moved by the test. Named for what it
 * is, so that it is not taken for the application's {@code org.parcelwatch.api.application.clock.BusinessClock}.
 */
final class SettableClock extends Clock {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private Instant now;

    SettableClock(String today) {
        setToday(today);
    }

    void setToday(String today) {
        now = LocalDate.parse(today).atTime(9, 0).atZone(SHANGHAI).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
