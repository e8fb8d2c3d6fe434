package org.parcelwatch.monitoring.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.parcel.ParcelState;

class TemporaryUseHoldTest {

    private static final LocalDate UNTIL = LocalDate.of(2027, 10, 1);

    private static DuePoint point(String rule, LocalDate firesOn, LocalDate lapsesAfter) {
        return new DuePoint(rule, "START", firesOn, lapsesAfter, asOf -> new DuePoint.Outcome(List.of(), List.of()));
    }

    @Test
    void aPointOnTheLastDayOfTheUseFiresTheDayAfter() {
        assertThat(TemporaryUseHold.heldUntil(point("START_MISSED", UNTIL, null), UNTIL))
                .hasValueSatisfying(p -> assertThat(p.firesOn()).isEqualTo(LocalDate.of(2027, 10, 2)));
    }

    @Test
    void aPointTheDayAfterTheUseIsNotHeld() {
        DuePoint after = point("START_MISSED", UNTIL.plusDays(1), null);
        assertThat(TemporaryUseHold.heldUntil(after, UNTIL)).containsSame(after);
    }

    @Test
    void aReminderWhoseDateIsOverByThenLapses() {
        assertThat(TemporaryUseHold.heldUntil(point("START_REMINDER", UNTIL.minusDays(30), UNTIL), UNTIL)).isEmpty();
        assertThat(TemporaryUseHold.heldUntil(point("START_REMINDER", UNTIL.minusDays(30), UNTIL.plusDays(1)), UNTIL))
                .hasValueSatisfying(p -> assertThat(p.firesOn()).isEqualTo(UNTIL.plusDays(1)));
    }

    @Test
    void holdsOnlyTheStartCompletionAndIdleRulesOfAParcelInTemporaryUse() {
        ParcelState inUse = ParcelState.replay(List.of(SampleContract.registered(),
                new IdleLandDisposed(SampleContract.PARCEL_ID, IdleDisposalMethod.TEMPORARY_USE, "CZ-1", LocalDate.of(2025, 11, 1),
                        null, null, null, null, null, null, UNTIL, null, null, null, null)));
        List<DuePoint> early = List.of(point("PAYMENT_OVERDUE", LocalDate.of(2026, 1, 1), null));
        assertThat(TemporaryUseHold.hold("PAYMENT_OVERDUE", inUse, early)).isEqualTo(early);
        assertThat(TemporaryUseHold.hold("COMPLETION_MISSED", inUse, List.of(point("COMPLETION_MISSED", LocalDate.of(2026, 10, 2), null))))
                .extracting(DuePoint::firesOn).containsExactly(UNTIL.plusDays(1));
        ParcelState notInUse = ParcelState.replay(List.of(SampleContract.registered()));
        List<DuePoint> missed = List.of(point("COMPLETION_MISSED", LocalDate.of(2026, 10, 2), null));
        assertThat(TemporaryUseHold.hold("COMPLETION_MISSED", notInUse, missed)).isEqualTo(missed);
    }
}
