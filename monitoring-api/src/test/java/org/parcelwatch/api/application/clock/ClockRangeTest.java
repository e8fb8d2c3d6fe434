package org.parcelwatch.api.application.clock;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The clock may be set up to the given years from the real date, either way, wherever it stands now. */
class ClockRangeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-11-30T04:00:00Z"), SHANGHAI);

    @Test
    void aHundredYearsEitherWayOfTheRealDate() {
        // the clock already moved two years on: the range is still counted from the real date
        ClockRange range = new ClockRange(new BusinessClock(SYSTEM, true, Duration.ofDays(730)), 100);
        LocalDate real = LocalDate.of(2026, 11, 30);
        assertThatCode(() -> range.check(real.plusYears(100))).doesNotThrowAnyException();
        assertThatCode(() -> range.check(real.minusYears(100))).doesNotThrowAnyException();
        assertThatThrownBy(() -> range.check(real.plusYears(100).plusDays(1)))
                .isInstanceOf(ClockRange.OutOfRangeException.class).hasMessageContaining("2126-11-30");
        assertThatThrownBy(() -> range.check(real.minusYears(100).minusDays(1)))
                .isInstanceOf(ClockRange.OutOfRangeException.class).hasMessageContaining("1926-11-30");
        assertThatThrownBy(() -> range.check(LocalDate.MAX)).isInstanceOf(ClockRange.OutOfRangeException.class);
    }
}
