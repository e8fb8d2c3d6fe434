package org.parcelwatch.monitoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.RuleCode;

class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.shipped();

    /** Known days of the State Council's arrangements: holidays off, 调休 weekends worked, ordinary days as the week has them. */
    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2023-01-23, false", "2023-01-28, true", "2023-01-29, true", "2023-04-05, false", "2023-04-23, true",
            "2023-06-25, true", "2023-09-29, false", "2023-10-06, false", "2023-10-07, true", "2023-10-09, true",
            "2024-01-01, false", "2024-02-04, true", "2024-02-16, false", "2024-02-18, true", "2024-04-07, true",
            "2024-05-11, true", "2024-06-10, false", "2024-09-14, true", "2024-09-16, false", "2024-09-29, true",
            "2024-10-01, false", "2024-10-07, false", "2024-10-08, true", "2024-10-12, true", "2024-10-13, false",
            "2025-01-26, true", "2025-01-28, false", "2025-02-04, false", "2025-02-05, true", "2025-02-08, true",
            "2025-04-27, true", "2025-05-02, false", "2025-06-02, false", "2025-09-28, true", "2025-10-08, false",
            "2025-10-09, true", "2025-10-11, true",
            "2026-01-02, false", "2026-01-04, true", "2026-02-14, true", "2026-02-15, false", "2026-02-23, false",
            "2026-02-24, true", "2026-02-28, true", "2026-05-09, true", "2026-06-19, false", "2026-09-20, true",
            "2026-09-25, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true",
            "2027-02-05, false", "2027-02-08, false", "2027-02-09, true", "2027-10-01, false", "2027-10-04, true",
            "2027-10-09, false"})
    void shippedYearsHaveTheArrangedDays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void fiveWorkingDaysFromADeliveryJustBeforeNationalDayCountTheAdjustedSundayAndSkipTheHoliday() {
        // delivered Friday 2024-09-27: Sun 9-29 (调休) 1, Mon 9-30 2, 10-01..07 off, Tue 10-08 3, Wed 4, Thu 10-10 5
        assertThat(calendar.plus(LocalDate.parse("2024-09-27"), 5)).isEqualTo("2024-10-10");
        // 2025: delivered Thursday 9-25: Fri 9-26 1, Sun 9-28 (调休) 2, Mon 9-29 3, Tue 9-30 4, 10-01..08 off, Thu 10-09 5
        assertThat(calendar.plus(LocalDate.parse("2025-09-25"), 5)).isEqualTo("2025-10-09");
    }

    @Test
    void countingAcrossTheYearEndReadsTheNextYear() {
        // 2025-12-31 Wed: Fri 1-2 is off in 2026 (元旦 1-1..1-3), Sun 1-4 worked
        assertThat(calendar.plus(LocalDate.parse("2025-12-30"), 2)).isEqualTo("2026-01-04");
        assertThat(calendar.plus(LocalDate.parse("2024-06-06"), 0)).isEqualTo("2024-06-06");
    }

    @Test
    void aDayInAYearWithoutACalendarIsRefusedNotGuessed() {
        assertThatThrownBy(() -> calendar.plus(LocalDate.parse("2027-12-28"), 5))
                .isInstanceOf(ParcelRuleException.class)
                .satisfies(e -> assertThat(((ParcelRuleException) e).code()).isEqualTo(RuleCode.WORKING_DAY_CALENDAR_MISSING))
                .hasMessageContaining("2028").hasMessageContaining("parcelwatch.calendar.dir");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.parse("2022-12-30")))
                .hasMessageContaining("no working-day calendar for 2022");
    }

    @Test
    void onlyTheUnpublishedYearIsProvisional() {
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.years()).containsExactly(2023, 2024, 2025, 2026, 2027);
    }

    @Test
    void aConfiguredDirectoryAddsAYearAndReplacesAShippedOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2028.json"), """
                {"year": 2028, "provisional": false, "source": "test",
                 "holidays": [{"name": "元旦", "from": "2028-01-01", "to": "2028-01-03"}], "workingDays": ["2028-01-08"]}
                """);
        Files.writeString(dir.resolve("2027.json"), """
                {"year": 2027, "provisional": false, "source": "published",
                 "holidays": [{"name": "国庆节", "from": "2027-10-01", "to": "2027-10-07"}], "workingDays": ["2027-10-09"]}
                """);
        WorkingDays configured = WorkingDays.shippedAnd(dir);
        assertThat(configured.isWorkingDay(LocalDate.parse("2028-01-03"))).isFalse();
        assertThat(configured.isWorkingDay(LocalDate.parse("2028-01-08"))).isTrue();
        assertThat(configured.isWorkingDay(LocalDate.parse("2027-10-09"))).isTrue();
        assertThat(configured.isWorkingDay(LocalDate.parse("2027-10-05"))).isFalse();
        assertThat(configured.isProvisional(2027)).isFalse();
    }

    @Test
    void aFileWhoseDaysLieOutsideItsYearIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2028.json"), """
                {"year": 2028, "holidays": [{"name": "x", "from": "2029-01-01", "to": "2029-01-02"}]}
                """);
        assertThatThrownBy(() -> WorkingDays.shippedAnd(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not lie within 2028");
    }
}
