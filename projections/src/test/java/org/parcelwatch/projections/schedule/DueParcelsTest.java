package org.parcelwatch.projections.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTestSupport;
import org.parcelwatch.projections.SampleParcel;
import org.parcelwatch.projections.Stories;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.springframework.beans.factory.annotation.Autowired;

/** The sweep's reading of the monitoring schedule the ledger group keeps. */
class DueParcelsTest extends ProjectionTestSupport<ParcelLedgerProjection> {

    /** Registered only: its first point fires on 2024-01-31. */
    private static final String A = "1305302024B00701";
    /** Urged on 2024-06-01: its first pending point is the right to terminate on 2024-06-02. */
    private static final String B = "1305302024B00702";
    /** Extended: its first point is the start reminder of 2025-01-30. */
    private static final String C = "1305302024B00703";

    @Autowired
    DueParcels dueParcels;
    @Autowired
    ScheduleRepository schedule;

    @BeforeEach
    void threeParcels() {
        inOneBatch(ParcelHistory.of(A).on("2024-02-01", SampleParcel.registered(A, "Xinhe town")).messages());
        inOneBatch(Stories.defaulter(B, "Zhao town").upTo(6).messages());
        inOneBatch(Stories.excusedAllocation(C, "Xinhe town").messages());
    }

    @Test
    void theParcelsDueAreListedOnceEachInTheOrderTheirFirstPointFires() {
        assertThat(all(dueParcels.asOf(d("2024-01-30"), 1))).isEmpty();
        assertThat(all(dueParcels.asOf(d("2024-06-01"), 1))).containsExactly(List.of(A));
        // A's other points would fill pages of their own: a page holds only parcels not listed before
        assertThat(all(dueParcels.asOf(d("2025-01-30"), 1))).containsExactly(List.of(A), List.of(B), List.of(C));
        assertThat(all(dueParcels.asOf(d("2025-01-30"), 2))).containsExactly(List.of(A), List.of(B), List.of(C));
        assertThat(all(dueParcels.asOf(d("2025-01-30"), 50))).containsExactly(List.of(A, B, C));
    }

    @Test
    void theRepositoryCountsTheParcelsDueAndListsAParcelsPoints() {
        assertThat(schedule.countParcelsDueBy(d("2024-06-01"))).isEqualTo(1);
        assertThat(schedule.countParcelsDueBy(d("2024-06-02"))).isEqualTo(2);
        assertThat(schedule.countParcelsDueBy(d("2025-01-30"))).isEqualTo(3);
        assertThat(schedule.findByParcelIdAndStatus(B, ScheduledPoint.Status.DONE)).extracting(ScheduledPoint::getRule)
                .containsExactlyInAnyOrder("PAYMENT_REMINDER", "PAYMENT_REMINDER", "PAYMENT_OVERDUE", "PAYMENT_OVERDUE",
                        "HANDOVER_OVERDUE");
        assertThat(schedule.findByParcelIdOrderByFiresOn(C)).extracting(p -> p.getFiresOn() + " " + p.getRule() + " " + p.getStatus())
                .startsWith("2024-04-02 HANDOVER_OVERDUE DONE", "2024-09-01 START_REMINDER DONE", "2024-10-02 START_MISSED DONE")
                .contains("2025-01-30 START_REMINDER PENDING", "2027-03-02 COMPLETION_MISSED PENDING");
    }

    private static List<List<String>> all(DueParcels.Pages pages) {
        List<List<String>> all = new ArrayList<>();
        for (List<String> page = pages.next(); !page.isEmpty(); page = pages.next()) {
            all.add(page);
        }
        return all;
    }
}
