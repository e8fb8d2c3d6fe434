package org.parcelwatch.projections.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.parcelwatch.projections.SampleParcel.d;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.complaint.AddressComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.AddressComplaintRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintTaskAssigned;
import org.parcelwatch.monitoring.complaint.ComplaintTaskDone;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.projections.ComplaintHistory;
import org.parcelwatch.projections.EventDelivery;
import org.parcelwatch.projections.ProjectionTest;
import org.parcelwatch.projections.Stories;
import org.parcelwatch.projections.indicators.IndicatorQueries;
import org.parcelwatch.projections.indicators.Indicators;
import org.parcelwatch.projections.worklist.WorklistQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Complaints about an address (their own stream, no parcel) beside a complaint about a parcel: one list, their tasks,
 * the worklist's unassigned complaints, the indicators' counts at the day boundary, and the pages of each list.
 */
@ProjectionTest
class AddressComplaintProjectionTest {

    private static final String A = "1305302024B00611";
    private static final String B = "1305302024B00612";
    private static final String C = "1305302024B00613";
    private static final String X = "TS-20240602-AAAAAA";
    private static final String Y = "TS-20240605-BBBBBB";

    @Autowired
    FieldWorkQueries fieldWork;
    @Autowired
    WorklistQueries worklist;
    @Autowired
    IndicatorQueries indicators;
    @Autowired
    EventDelivery delivery;

    @BeforeEach
    void parcelsAndComplaints() {
        delivery.resetEveryProjection();
        delivery.toEveryProjection(Stories.onTime(A, "Xinhe town")
                .on("2024-02-10", new LandOfficerAssigned(A, "Zhang Min", null, "Xinhe town", d("2024-02-10"))).messages());
        delivery.toEveryProjection(Stories.onTime(B, "Zhao town")
                .on("2024-06-02", new ComplaintRecorded(B, B + "-TS1", "12336", null, "dumping", null, d("2024-06-02")),
                        new PatrolTaskAssigned(B, B + "-TS1", PatrolTaskKind.COMPLAINT, null, d("2024-06-02"),
                                d("2024-06-09"), d("2024-06-02"), B + "-TS1"))
                .on("2024-06-20", new ComplaintOutcomeRecorded(B, B + "-TS1", "cleared", true, d("2024-06-20"))).messages());
        delivery.toEveryProjection(Stories.onTime(C, "Xinhe town").messages());
        delivery.toEveryProjection(ComplaintHistory.of(X,
                "2024-06-03", new AddressComplaintRecorded(X, "letter", "Mr Zhao", "spoil by the road", "east gate, Xinhe Road",
                        "Xinhe town", d("2024-06-02")),
                "2024-06-03", new ComplaintTaskAssigned(X, "Zhang Min", d("2024-06-03"), d("2024-06-10"), d("2024-06-03")),
                "2024-06-10", new AddressComplaintOutcomeRecorded(X, "属实, cleared", true, d("2024-06-10")),
                "2024-06-10", new ComplaintTaskDone(X, d("2024-06-10"), true)));
        delivery.toEveryProjection(ComplaintHistory.of(Y,
                "2024-06-05", new AddressComplaintRecorded(Y, "hotline", null, "night work", "west market", "Xinhe town",
                        d("2024-06-05")),
                "2024-06-05", new ComplaintTaskAssigned(Y, null, d("2024-06-05"), d("2024-06-12"), d("2024-06-05"))));
    }

    @Test
    void oneListHoldsBothKindsInTheOrderReceived() {
        assertThat(fieldWork.complaints(null)).extracting(ComplaintRow::complaintId, ComplaintRow::parcelId,
                        ComplaintRow::township, ComplaintRow::officer, ComplaintRow::status)
                .containsExactly(tuple(B + "-TS1", B, "Zhao town", null, ComplaintRow.Status.DECIDED),
                        tuple(X, null, "Xinhe town", "Zhang Min", ComplaintRow.Status.DECIDED),
                        tuple(Y, null, "Xinhe town", null, ComplaintRow.Status.OPEN));
        assertThat(fieldWork.complaints(ComplaintRow.Status.OPEN)).extracting(ComplaintRow::complaintId).containsExactly(Y);
        assertThat(fieldWork.complaint(X)).get().extracting(ComplaintRow::address, ComplaintRow::substantiated)
                .containsExactly("east gate, Xinhe Road", true);
    }

    @Test
    void theListsArePaged() {
        Page<ComplaintRow> first = fieldWork.complaints(null, PageRequest.of(0, 2));
        assertThat(first.getContent()).extracting(ComplaintRow::complaintId).containsExactly(B + "-TS1", X);
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(fieldWork.complaints(null, PageRequest.of(1, 2)).getContent()).extracting(ComplaintRow::complaintId)
                .containsExactly(Y);
        Page<PatrolTaskRow> tasks = fieldWork.patrolTasks(null, d("2024-06-12"), null, PageRequest.of(0, 1));
        assertThat(tasks.getTotalElements()).isEqualTo(3);
        assertThat(tasks.getContent()).extracting(PatrolTaskRow::taskId).containsExactly(B + "-TS1");
        assertThat(fieldWork.patrolTasks(null, d("2024-06-12"), PatrolTask.Status.OPEN, PageRequest.of(0, 5)).getContent())
                .extracting(PatrolTaskRow::taskId, PatrolTaskRow::parcelId, PatrolTaskRow::township, PatrolTaskRow::address)
                .containsExactly(tuple(Y, null, "Xinhe town", "west market"));
        Page<FieldWorkQueries.Unassigned> without = fieldWork.parcelsWithoutOfficer(PageRequest.of(0, 1));
        assertThat(without.getTotalElements()).isEqualTo(2);
        assertThat(without.getContent()).extracting(FieldWorkQueries.Unassigned::parcelId).containsExactly(C);
    }

    @Test
    void anAddressComplaintsTaskIsClosedByItsOutcomeAndTheUnassignedOneIsOnTheWorklist() {
        assertThat(fieldWork.patrolTasks("Zhang Min", d("2024-06-12"), PatrolTask.Status.DONE))
                .extracting(PatrolTaskRow::taskId, PatrolTaskRow::complaintId, PatrolTaskRow::doneOnTime)
                .containsExactly(tuple(X, X, true));
        assertThat(worklist.on(d("2024-06-12")).complaintsWithoutOfficer())
                .extracting(FieldWorkQueries.UnassignedComplaint::complaintId, FieldWorkQueries.UnassignedComplaint::doBy)
                .containsExactly(tuple(Y, d("2024-06-12")));
    }

    @Test
    void theOfficersOfATownshipAndTheKnownTownships() {
        assertThat(fieldWork.officersIn("Xinhe town")).isEqualTo(Map.of("Zhang Min", 1L));
        assertThat(fieldWork.officersIn("Zhao town")).isEmpty();
        assertThat(fieldWork.isKnownTownship("Zhao town")).isTrue();
        assertThat(fieldWork.isKnownTownship("Nowhere")).isFalse();
    }

    @Test
    void complaintsAreCountedAndOverdueFromTheDayAfterTheLastDay() {
        // Y's last day is 06-12: open on it, overdue the day after; B's task (last day 06-09) was never done
        Indicators.Complaints onLastDay = indicators.of(2024, null, d("2024-06-12")).complaints();
        assertThat(onLastDay).isEqualTo(new Indicators.Complaints(3, 1, 1, 2, 2));
        assertThat(indicators.of(2024, null, d("2024-06-13")).complaints().overdue()).isEqualTo(2);
        assertThat(indicators.of(2024, "Xinhe town", d("2024-06-13")).complaints())
                .isEqualTo(new Indicators.Complaints(2, 1, 1, 1, 1));
        assertThat(indicators.of(2023, null, d("2024-06-13")).complaints()).isEqualTo(new Indicators.Complaints(0, 0, 0, 0, 0));
        // the address tasks count in the township's patrol figures too (Y overdue on 06-13)
        assertThat(indicators.of(2024, "Xinhe town", d("2024-06-13")).overduePatrolTasks()).isEqualTo(1);
    }
}
