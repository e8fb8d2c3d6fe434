package org.parcelwatch.api.application.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sweep draws the month's cross patrols and spot checks on its first day, and on no other. */
class MonthlyPatrolDrawTest {

    @Test
    void theFirstOfTheMonthIsTheDrawDay() {
        assertThat(MonthlyPatrolDraw.isDrawDay(LocalDate.of(2024, 5, 31))).isFalse();
        assertThat(MonthlyPatrolDraw.isDrawDay(LocalDate.of(2024, 6, 1))).isTrue();
        assertThat(MonthlyPatrolDraw.isDrawDay(LocalDate.of(2024, 6, 2))).isFalse();
        assertThat(MonthlyPatrolDraw.isDrawDay(LocalDate.of(2025, 1, 1))).isTrue();
    }
}
