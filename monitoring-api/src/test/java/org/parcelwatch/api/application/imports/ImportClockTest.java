package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.clock.ClockService;

/** Which days an import may reach, and when it moves the business clock to get there. */
class ImportClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    private final ClockService clocks = mock(ClockService.class);

    @Test
    void whereTheClockIsRealTheImportStopsAtToday() {
        ImportClock time = new ImportClock(clock(false), clocks, ImportOptions.simulate("demo", "SYSTEM"));

        time.startAt(TODAY.minusYears(2), () -> true);
        time.reach(TODAY);

        assertThat(time.lastReachable(TODAY.plusDays(60))).isEqualTo(TODAY);
        assertThat(time.lastReachable(TODAY.minusDays(60))).isEqualTo(TODAY.minusDays(60));
        assertThat(time.lastReachable(null)).isEqualTo(TODAY);
        assertThat(time.restAt(TODAY.plusDays(60))).isFalse();
        assertThat(time.moved()).isFalse();
        verify(clocks, never()).moveTo(any());
        verify(clocks, never()).followImport(any());
    }

    @Test
    void aSimulationLivesItsStoryFromTheFirstDayToTheLast() {
        ImportClock time = new ImportClock(clock(true), clocks, ImportOptions.simulate("demo", "SYSTEM"));

        time.startAt(TODAY.minusYears(2), () -> true);
        verify(clocks).moveTo(TODAY.minusYears(2));
        time.reach(TODAY.plusDays(3));
        verify(clocks).followImport(TODAY.plusDays(3));
        assertThat(time.lastReachable(TODAY.plusDays(60))).isEqualTo(TODAY.plusDays(60));
        assertThat(time.restAt(TODAY.plusDays(60))).isTrue();
        verify(clocks).followImport(TODAY.plusDays(60));
        assertThat(time.moved()).isTrue();
    }

    @Test
    void theClockGoesBackOnlyOnAnEmptyStoreAndOnlyWhenAskedTo() {
        AtomicBoolean asked = new AtomicBoolean();
        new ImportClock(clock(true), clocks, ImportOptions.asOfToday("admin", "ADMIN"))
                .startAt(TODAY.minusYears(2), () -> asked.getAndSet(true));
        assertThat(asked).as("the store is not even looked at").isFalse();

        ImportClock filled = new ImportClock(clock(true), clocks, ImportOptions.simulate("demo", "SYSTEM"));
        filled.startAt(TODAY.minusYears(2), () -> false);
        filled.reach(TODAY);

        verify(clocks, never()).moveTo(any());
        verify(clocks, never()).followImport(any());
        assertThat(filled.moved()).isFalse();
    }

    @Test
    void whenTheClockRefusesToGoBackThePastIsEnteredAsHistory() {
        when(clocks.moveTo(any())).thenThrow(BusinessClock.MovesBackwardsException.class);
        ImportClock time = new ImportClock(clock(true), clocks, ImportOptions.simulate("demo", "SYSTEM"));

        time.startAt(TODAY.minusYears(2), () -> true);

        assertThat(time.moved()).isFalse();
    }

    @Test
    void theEarlierOfTwoDaysNullBeingNever() {
        assertThat(ImportClock.min(TODAY, TODAY.plusDays(1))).isEqualTo(TODAY);
        assertThat(ImportClock.min(TODAY.plusDays(1), TODAY)).isEqualTo(TODAY);
        assertThat(ImportClock.min(null, TODAY)).isEqualTo(TODAY);
        assertThat(ImportClock.min(TODAY, null)).isEqualTo(TODAY);
        assertThat(ImportClock.min(null, null)).isNull();
    }

    private static BusinessClock clock(boolean adjustable) {
        Clock system = Clock.fixed(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        return new BusinessClock(system, adjustable, Duration.ZERO);
    }
}
