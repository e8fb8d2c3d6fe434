package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.sweep.DueCheckResult;

/**
 * Issue 13, rule 1: a parcel paid in full but never handed over gets no start notice, no missed completion and
 * no idle suspicion; the bureau's own delay shows as handover overdue from the day after the agreed handover.
 */
class HandoverGateTest extends ParcelFixture {

    private static final BigDecimal HALF = new BigDecimal("6172839.00");

    /** Registered and paid on time in full (reminded of the second installment); the land not handed over. */
    private static List<Object> paidNotHandedOver() {
        return new ArrayList<>(List.of(
                SampleContract.registered(),
                new PaymentReceived(PARCEL_ID, "R-001", HALF, d("2024-02-25"), List.of(new Settlement(1, HALF))),
                NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), HALF, d("2024-04-10")).issue(PARCEL_ID, 1),
                new PaymentReceived(PARCEL_ID, "R-002", HALF, d("2024-05-08"), List.of(new Settlement(2, HALF)))));
    }

    private static final HandoverOverdue OVERDUE = new HandoverOverdue(PARCEL_ID, d("2024-04-01"), d("2024-04-02"));

    private static List<Object> handoverOverdue() {
        List<Object> history = paidNotHandedOver();
        history.add(OVERDUE);
        return history;
    }

    @Test
    void theHandoverIsNotOverdueOnTheAgreedDay() {
        fixture.given(SampleContract.registered(),
                        new PaymentReceived(PARCEL_ID, "R-001", HALF, d("2024-02-25"), List.of(new Settlement(1, HALF))))
                .when(sweepOn("2024-04-01"))
                .expectNoEvents();
    }

    @Test
    void theHandoverIsOverdueTheDayAfterWithoutNotice() {
        fixture.given(SampleContract.registered(),
                        new PaymentReceived(PARCEL_ID, "R-001", HALF, d("2024-02-25"), List.of(new Settlement(1, HALF))))
                .when(sweepOn("2024-04-02"))
                .expectEvents(OVERDUE)
                .expectResultMessagePayload(new DueCheckResult(PARCEL_ID, d("2024-04-02"), Map.of("HANDOVER_OVERDUE", 1),
                        d("2024-04-10")))
                .expectState(state(s -> {
                    assertThat(s.flags()).containsExactly(Flag.HANDOVER_OVERDUE);
                    assertThat(s.milestone(Milestone.HANDOVER).status(d("2024-04-02"))).isEqualTo(MilestoneTrack.Status.MISSED);
                }));
    }

    @Test
    void aLateSweepStillFindsTheHandoverOverdueFromTheDayAfterTheAgreedDate() {
        fixture.given(paidNotHandedOver().toArray())
                .when(sweepOn("2024-06-03"))
                .expectEvents(OVERDUE);
    }

    @Test
    void theHandoverIsOverdueOnlyOnce() {
        fixture.given(handoverOverdue().toArray())
                .when(sweepOn("2024-06-03"))
                .expectNoEvents();
    }

    @Test
    void aHandoverOnTheAgreedDayIsNeverOverdue() {
        fixture.given(array(paidNotHandedOver(), new HandoverRecorded(PARCEL_ID, d("2024-04-01"), "JD-1", d("2024-04-01"))))
                .when(sweepOn("2024-04-02"))
                .expectNoEvents();
    }

    @Test
    void theHandoverAtLastClearsTheOverdue() {
        clock.setToday("2024-12-01");
        fixture.given(handoverOverdue().toArray())
                .when(new RecordHandover(PARCEL_ID, d("2024-12-01"), "JD-late"))
                .expectEvents(new HandoverRecorded(PARCEL_ID, d("2024-12-01"), "JD-late", d("2024-04-01")))
                .expectState(state(s -> {
                    assertThat(s.flags()).isEmpty();
                    assertThat(s.milestone(Milestone.HANDOVER).status(d("2024-12-01")))
                            .isEqualTo(MilestoneTrack.Status.REACHED_LATE);
                }));
    }

    /** Sweeps of the parcel whose handover is overdue, on each day: nothing acts, the handover stays overdue. */
    private void nothingActsOn(String... days) {
        for (String day : days) {
            fixture.given(handoverOverdue().toArray())
                    .when(sweepOn(day))
                    .expectNoEvents()
                    .expectState(state(s -> assertThat(s.flags()).containsExactly(Flag.HANDOVER_OVERDUE)));
        }
    }

    @Test
    void noStartReminderThirtyDaysBeforeTheStartWhileTheLandIsNotHandedOver() {
        nothingActsOn("2024-08-31", "2024-09-01", "2024-09-02");
    }

    @Test
    void noStartNoticeOnTheAgreedStartNorTheDayBeforeOrAfter() {
        nothingActsOn("2024-09-30", "2024-10-01", "2024-10-02");
    }

    @Test
    void noIdleSuspicionAFullYearAfterTheAgreedStart() {
        nothingActsOn("2025-10-01", "2025-10-02", "2025-10-03");
    }

    @Test
    void noMissedCompletionTheDayBeforeOfOrAfterTheAgreedCompletion() {
        nothingActsOn("2026-09-30", "2026-10-01", "2026-10-02");
    }

    @Test
    void pastItsDateAStartWaitsForTheLandInsteadOfShowingMissed() {
        fixture.given(handoverOverdue().toArray())
                .when(sweepOn("2024-09-30"))
                .expectState(state(s -> {
                    assertThat(s.milestoneStatus(Milestone.START, d("2024-10-01"))).isEqualTo(MilestoneTrack.Status.PENDING);
                    assertThat(s.milestoneStatus(Milestone.START, d("2024-10-02")))
                            .isEqualTo(MilestoneTrack.Status.AWAITING_HANDOVER);
                    assertThat(s.milestoneStatus(Milestone.COMPLETION, d("2026-10-02")))
                            .isEqualTo(MilestoneTrack.Status.AWAITING_HANDOVER);
                    // the bureau's own delay shows where it is: on the handover
                    assertThat(s.milestoneStatus(Milestone.HANDOVER, d("2024-10-02"))).isEqualTo(MilestoneTrack.Status.MISSED);
                }));
    }

    @Test
    void onceHandedOverAStartPastItsDateShowsMissed() {
        fixture.given(array(handoverOverdue(), new HandoverRecorded(PARCEL_ID, d("2024-12-01"), "JD-late", d("2024-04-01"))))
                .when(sweepOn("2024-12-01"))
                .expectState(state(s -> assertThat(s.milestoneStatus(Milestone.START, d("2024-12-01")))
                        .isEqualTo(MilestoneTrack.Status.MISSED)));
    }

    @Test
    void onceHandedOverLateTheMissedStartIsFoundAtTheNextSweepUnlessTheStartWasExtended() {
        fixture.given(array(handoverOverdue(), new HandoverRecorded(PARCEL_ID, d("2024-12-01"), "JD-late", d("2024-04-01"))))
                .when(sweepOn("2024-12-02"))
                .expectEvents(new MilestoneMissed(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2024-10-02")),
                        notice(NoticeWording.startOverdue(PROJECT, d("2024-10-01"), d("2024-12-02")), 1));
    }
}
