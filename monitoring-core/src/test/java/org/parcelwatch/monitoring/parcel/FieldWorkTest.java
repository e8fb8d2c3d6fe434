package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.complaint.RecordComplaint;
import org.parcelwatch.monitoring.complaint.RecordComplaintOutcome;
import org.parcelwatch.monitoring.patrol.AssignLandOfficer;
import org.parcelwatch.monitoring.patrol.AssignPatrolTask;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskDone;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.monitoring.patrol.RecordPatrol;
import org.parcelwatch.monitoring.sweep.DueCheckResult;

/** DESIGN §6.6 on the aggregate: the land officer, the tasks the sweep and the draw assign, patrols closing them, complaints. */
class FieldWorkTest extends ParcelFixture {

    private static final String OFFICER = "Zhang Min";
    private static final String TOWNSHIP = SampleContract.registered().township();
    private static final LandOfficerAssigned ASSIGNED = new LandOfficerAssigned(PARCEL_ID, OFFICER, null, TOWNSHIP, d("2024-02-10"));
    private static final PatrolTaskAssigned BOARD_CHECK = new PatrolTaskAssigned(PARCEL_ID, "BOARD_CHECK",
            PatrolTaskKind.BOARD_CHECK, OFFICER, d("2024-04-02"), d("2024-04-09"), d("2024-04-02"), null);

    private RecordPatrol patrol(String on, String inspector) {
        clock.setToday(on);
        return new RecordPatrol(PARCEL_ID, d(on), inspector, ConstructionStatus.NOT_STARTED, null, null, null, true, false,
                false, null, null, null);
    }

    private static PatrolRecorded patrolled(String on, String inspector) {
        return new PatrolRecorded(PARCEL_ID, d(on), inspector, ConstructionStatus.NOT_STARTED, null, null, null, true, false,
                false, null, List.of(), null, PatrolStage.PRE_START);
    }

    @Test
    void theDeskAssignsTheLandOfficer() {
        clock.setToday("2024-02-10");
        fixture.given(SampleContract.registered())
                .when(new AssignLandOfficer(PARCEL_ID, " Zhang Min "))
                .expectEvents(ASSIGNED)
                .expectState(parcel -> assertThat(parcel.state().officer()).isEqualTo(OFFICER));
    }

    @Test
    void theSameOfficerAgainRecordsNothing() {
        fixture.given(SampleContract.registered(), ASSIGNED)
                .when(new AssignLandOfficer(PARCEL_ID, OFFICER))
                .expectNoEvents();
    }

    @Test
    void anOfficerIsNamed() {
        fixture.given(SampleContract.registered())
                .when(new AssignLandOfficer(PARCEL_ID, "  "))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aNewOfficerTakesTheOpenTasksButNotTheCrossPatrols() {
        clock.setToday("2024-04-05");
        PatrolTaskAssigned cross = new PatrolTaskAssigned(PARCEL_ID, "CROSS-2024-04", PatrolTaskKind.CROSS, "Wang Fang",
                d("2024-04-01"), d("2024-04-08"), d("2024-04-01"), null);
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, BOARD_CHECK, cross))
                .when(new AssignLandOfficer(PARCEL_ID, "Liu Yang"))
                .expectEvents(new LandOfficerAssigned(PARCEL_ID, "Liu Yang", OFFICER, TOWNSHIP, d("2024-04-05")),
                        new PatrolTaskAssigned(PARCEL_ID, "BOARD_CHECK", PatrolTaskKind.BOARD_CHECK, "Liu Yang",
                                d("2024-04-02"), d("2024-04-09"), d("2024-04-05"), null))
                .expectState(parcel -> assertThat(parcel.state().patrolTasks()).extracting(PatrolTask::officer)
                        .containsExactly("Liu Yang", "Wang Fang"));
    }

    @Test
    void theSweepAssignsTheBoardCheckTheDayAfterTheHandoverNotOnIt() {
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED))
                .when(sweepOn("2024-04-01"))
                .expectNoEvents();
    }

    @Test
    void theSweepAssignsTheBoardCheckTheDayAfterTheHandover() {
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED))
                .when(sweepOn("2024-04-02"))
                .expectEvents(BOARD_CHECK);
    }

    @Test
    void theSweepAssignsTheStartStagePatrolOnTheDayOfTheStart() {
        PatrolTaskAssigned startStage = new PatrolTaskAssigned(PARCEL_ID, "START_STAGE", PatrolTaskKind.START_STAGE, OFFICER,
                d("2024-09-28"), d("2024-10-05"), d("2024-09-28"), null);
        fixture.given(array(Histories.startedOnTime(), ASSIGNED, BOARD_CHECK))
                .when(sweepOn("2024-09-28"))
                .expectEvents(startStage)
                .expectResultMessagePayload(new DueCheckResult(PARCEL_ID, d("2024-09-28"), Map.of("PATROL_START_STAGE", 1),
                        d("2024-10-28")));
    }

    @Test
    void theSweepAssignsTheRePatrolTheDayAfterTheMissedStartNotBefore() {
        fixture.given(array(Histories.startReminded(), ASSIGNED, BOARD_CHECK))
                .when(sweepOn("2024-10-01"))
                .expectNoEvents();
    }

    @Test
    void theSweepAssignsTheRePatrolTheDayAfterTheMissedStart() {
        fixture.given(array(Histories.startReminded(), ASSIGNED, BOARD_CHECK))
                .when(sweepOn("2024-10-02"))
                .expectState(parcel -> assertThat(parcel.state().patrolTasks(PatrolTaskKind.AFTER_MISSED_START))
                        .extracting(PatrolTask::taskId, PatrolTask::officer, PatrolTask::dueOn)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("AFTER_MISSED_START-2024-10-01", OFFICER,
                                d("2024-10-02"))));
    }

    @Test
    void aPatrolClosesTheInspectorsTaskOnTime() {
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, BOARD_CHECK))
                .when(patrol("2024-04-09", OFFICER))
                .expectEvents(patrolled("2024-04-09", OFFICER),
                        new PatrolTaskDone(PARCEL_ID, "BOARD_CHECK", d("2024-04-09"), OFFICER, true));
    }

    @Test
    void aPatrolAfterTheTasksLastDayClosesItLate() {
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, BOARD_CHECK))
                .when(patrol("2024-04-10", OFFICER))
                .expectEvents(patrolled("2024-04-10", OFFICER),
                        new PatrolTaskDone(PARCEL_ID, "BOARD_CHECK", d("2024-04-10"), OFFICER, false));
    }

    @Test
    void aPatrolBySomeoneElseOrBeforeTheTaskIsDueClosesNothing() {
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, BOARD_CHECK))
                .when(patrol("2024-04-03", "Wang Fang"))
                .expectEvents(patrolled("2024-04-03", "Wang Fang"));
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, BOARD_CHECK))
                .when(patrol("2024-04-01", OFFICER))
                .expectEvents(patrolled("2024-04-01", OFFICER));
    }

    @Test
    void aCrossPatrolGoesToAnotherOfficerOnceAndPatrolsCloseIt() {
        clock.setToday("2024-05-01");
        AssignPatrolTask draw = new AssignPatrolTask(PARCEL_ID, "CROSS-2024-05", PatrolTaskKind.CROSS, "Wang Fang", d("2024-05-01"));
        PatrolTaskAssigned assigned = new PatrolTaskAssigned(PARCEL_ID, "CROSS-2024-05", PatrolTaskKind.CROSS, "Wang Fang",
                d("2024-05-01"), d("2024-05-08"), d("2024-05-01"), null);
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED)).when(draw).expectEvents(assigned);
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, assigned)).when(draw).expectNoEvents();
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, assigned))
                .when(patrol("2024-05-08", "Wang Fang"))
                .expectEvents(patrolled("2024-05-08", "Wang Fang"),
                        new PatrolTaskDone(PARCEL_ID, "CROSS-2024-05", d("2024-05-08"), "Wang Fang", true));
    }

    @Test
    void aDrawOfHistoryEnteredLaterIsDatedOnItsOwnDayNeverAfterToday() {
        clock.setToday("2025-12-31");
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED))
                .when(new AssignPatrolTask(PARCEL_ID, "CROSS-2024-05", PatrolTaskKind.CROSS, "Wang Fang", d("2024-05-01"),
                        d("2024-05-01")))
                .expectEvents(new PatrolTaskAssigned(PARCEL_ID, "CROSS-2024-05", PatrolTaskKind.CROSS, "Wang Fang",
                        d("2024-05-01"), d("2024-05-08"), d("2024-05-01"), null));
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED))
                .when(new AssignPatrolTask(PARCEL_ID, "CROSS-2026-01", PatrolTaskKind.CROSS, "Wang Fang", d("2026-01-01"),
                        d("2026-01-01")))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aCrossPatrolIsNotTheParcelsOwnOfficers() {
        clock.setToday("2024-05-01");
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED))
                .when(new AssignPatrolTask(PARCEL_ID, "SPOT_CHECK-2024-05", PatrolTaskKind.SPOT_CHECK, OFFICER, d("2024-05-09")))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED))
                .when(new AssignPatrolTask(PARCEL_ID, "X", PatrolTaskKind.PERIODIC, "Wang Fang", d("2024-05-09")))
                .expectException(refused(RuleCode.INVALID_INPUT));
    }

    @Test
    void aComplaintBecomesATaskForTheParcelsOfficerAndItsOutcomeIsRecordedOnce() {
        clock.setToday("2024-06-03");
        String id = PARCEL_ID + "-TS1";
        ComplaintRecorded recorded = new ComplaintRecorded(PARCEL_ID, id, "12336 hotline", null, "trucks dumping at night",
                null, d("2024-06-02"));
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED))
                .when(new RecordComplaint(PARCEL_ID, "12336 hotline", " ", "trucks dumping at night", null, d("2024-06-02")))
                .expectEvents(recorded, new PatrolTaskAssigned(PARCEL_ID, id, PatrolTaskKind.COMPLAINT, OFFICER, d("2024-06-03"),
                        d("2024-06-10"), d("2024-06-03"), id))
                .expectResultMessagePayload(id);
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, recorded))
                .when(new RecordComplaintOutcome(PARCEL_ID, id, "site cleared", true, null))
                .expectEvents(new ComplaintOutcomeRecorded(PARCEL_ID, id, "site cleared", true, d("2024-06-03")));
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED, recorded,
                        new ComplaintOutcomeRecorded(PARCEL_ID, id, "site cleared", true, d("2024-06-03"))))
                .when(new RecordComplaintOutcome(PARCEL_ID, id, "again", false, null))
                .expectException(refused(RuleCode.ILLEGAL_STATE));
        fixture.given(array(Histories.paidAndHandedOver(), ASSIGNED))
                .when(new RecordComplaintOutcome(PARCEL_ID, "nope", "x", false, null))
                .expectException(refused(RuleCode.COMPLAINT_NOT_FOUND));
    }

    @Test
    void aComplaintNeedsASourceAndContent() {
        clock.setToday("2024-06-03");
        fixture.given(array(Histories.paidAndHandedOver()))
                .when(new RecordComplaint(PARCEL_ID, "hotline", null, " ", null, null))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }
}
