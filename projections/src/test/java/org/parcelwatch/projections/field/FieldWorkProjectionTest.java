package org.parcelwatch.projections.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.patrol.CrossPatrolDraw;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskDone;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.projections.EventDelivery;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTest;
import org.parcelwatch.projections.Stories;
import org.parcelwatch.projections.indicators.IndicatorQueries;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.parcelwatch.projections.worklist.WorklistQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The field-work projection: officers, patrol tasks with their status on a day, complaints, the draw's candidates. */
@ProjectionTest
class FieldWorkProjectionTest {

    private static final String A = "1305302024B00601";
    private static final String B = "1305302024B00602";
    private static final String C = "1305302024B00603";

    @Autowired
    FieldWorkQueries fieldWork;
    @Autowired
    ParcelQueries parcels;
    @Autowired
    WorklistQueries worklist;
    @Autowired
    IndicatorQueries indicators;
    @Autowired
    EventDelivery delivery;

    private static PatrolTaskAssigned task(String parcel, String id, PatrolTaskKind kind, String officer, String on) {
        return new PatrolTaskAssigned(parcel, id, kind, officer, d(on), d(on).plusDays(7), d(on), null);
    }

    @BeforeEach
    void threeParcels() {
        delivery.resetEveryProjection();
        ParcelHistory a = Stories.onTime(A, "Xinhe town")
                .on("2024-02-10", new LandOfficerAssigned(A, "Zhang Min", null, "Xinhe town", d("2024-02-10")))
                .on("2024-04-02", task(A, "BOARD_CHECK", PatrolTaskKind.BOARD_CHECK, "Zhang Min", "2024-04-02"))
                .on("2024-04-05", new PatrolTaskDone(A, "BOARD_CHECK", d("2024-04-05"), "Zhang Min", true))
                .on("2024-09-28", task(A, "START_STAGE", PatrolTaskKind.START_STAGE, "Zhang Min", "2024-09-28"))
                .on("2024-10-01", task(A, "CROSS-2024-10", PatrolTaskKind.CROSS, "Wang Fang", "2024-10-01"));
        ParcelHistory b = Stories.onTime(B, "Zhao town")
                .on("2024-02-10", new LandOfficerAssigned(B, "Wang Fang", null, "Zhao town", d("2024-02-10")))
                .on("2024-06-02", new ComplaintRecorded(B, B + "-TS1", "12336", null, "dumping", "east gate", d("2024-06-02")),
                        new PatrolTaskAssigned(B, B + "-TS1", PatrolTaskKind.COMPLAINT, "Wang Fang", d("2024-06-02"),
                                d("2024-06-09"), d("2024-06-02"), B + "-TS1"))
                .on("2024-06-20", new ComplaintOutcomeRecorded(B, B + "-TS1", "cleared", true, d("2024-06-20")));
        delivery.toEveryProjection(a.messages());
        delivery.toEveryProjection(b.messages());
        delivery.toEveryProjection(Stories.onTime(C, "Xinhe town").messages());
    }

    @Test
    void listsTasksWithTheirStatusOnTheDayAsked() {
        assertThat(fieldWork.patrolTasks("Zhang Min", d("2024-10-05"), null))
                .extracting(PatrolTaskRow::taskId, PatrolTaskRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BOARD_CHECK", PatrolTask.Status.DONE),
                        org.assertj.core.groups.Tuple.tuple("START_STAGE", PatrolTask.Status.OPEN));
        // overdue from the day after its last day (2024-10-05)
        assertThat(fieldWork.patrolTasks("Zhang Min", d("2024-10-05"), PatrolTask.Status.OVERDUE)).isEmpty();
        assertThat(fieldWork.patrolTasks("Zhang Min", d("2024-10-06"), PatrolTask.Status.OVERDUE))
                .extracting(PatrolTaskRow::taskId).containsExactly("START_STAGE");
        assertThat(fieldWork.patrolTasks("Wang Fang", d("2024-10-01"), PatrolTask.Status.OPEN))
                .extracting(PatrolTaskRow::parcelId, PatrolTaskRow::kind, PatrolTaskRow::township)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(A, PatrolTaskKind.CROSS, "Xinhe town"));
        assertThat(fieldWork.patrolTasks(null, d("2024-09-30"), null)).as("not yet due").extracting(PatrolTaskRow::taskId)
                .doesNotContain("CROSS-2024-10");
    }

    @Test
    void complaintsAreOpenUntilTheirOutcome() {
        assertThat(fieldWork.complaints(ComplaintRow.Status.DECIDED)).extracting(ComplaintRow::complaintId, ComplaintRow::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(B + "-TS1", "cleared"));
        assertThat(fieldWork.complaints(ComplaintRow.Status.OPEN)).isEmpty();
        assertThat(fieldWork.complaint(B + "-TS1")).get().extracting(ComplaintRow::parcelId).isEqualTo(B);
    }

    @Test
    void officersAreInTheLedgerAndTheWorklistShowsTheParcelsWithout() {
        assertThat(parcels.ledgerRows(new LedgerFilter(null, null, null, null, null, "Zhang Min"), Pageable.ofSize(20)))
                .extracting(r -> r.parcelId() + " " + r.officer()).containsExactly(A + " Zhang Min");
        assertThat(parcels.ledger(new LedgerFilter(null, null, null, null, null, "Wang Fang"), Pageable.unpaged()))
                .extracting(org.parcelwatch.projections.ledger.LedgerEntry::getParcelId).containsExactly(B);
        assertThat(worklist.on(d("2024-10-05")).parcelsWithoutOfficer()).extracting(FieldWorkQueries.Unassigned::parcelId)
                .containsExactly(C);
        assertThat(fieldWork.drawCandidates()).containsExactly(new CrossPatrolDraw.Candidate(A, "Xinhe town", "Zhang Min"),
                new CrossPatrolDraw.Candidate(B, "Zhao town", "Wang Fang"));
        assertThat(fieldWork.officerOf(A)).contains("Zhang Min");
    }

    @Test
    void patrolCoverageIsTasksDoneOnTimeAndOverdueTasksAreCounted() {
        var year = indicators.of(2024, null, d("2024-10-06"));
        // BOARD_CHECK on time, the complaint late (never closed, last day 06-09), START_STAGE overdue since 10-06;
        // the cross patrol's last day (10-08) has not passed
        assertThat(year.patrolCoverage().numerator()).isEqualByComparingTo("1");
        assertThat(year.patrolCoverage().denominator()).isEqualByComparingTo("3");
        assertThat(year.overduePatrolTasks()).isEqualTo(2);
        assertThat(indicators.of(2024, "Zhao town", d("2024-10-06")).overduePatrolTasks()).isEqualTo(1);
    }
}
