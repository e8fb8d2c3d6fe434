package org.parcelwatch.monitoring.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolSettings;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;

/** The patrol-task rules of DESIGN §6.6, each at its day boundary: not on the day before, on the day. */
class PatrolTaskRuleTest {

    private static final String ID = SampleContract.PARCEL_ID;
    private static final SupervisionSettings SETTINGS = SupervisionSettings.defaults();
    private static final String OFFICER = "Zhang Min";

    private static final ParcelEvent OFFICER_ASSIGNED = new LandOfficerAssigned(ID, OFFICER, null, "Xinhe", d("2024-02-10"));
    private static final ParcelEvent HANDED_OVER = new HandoverRecorded(ID, d("2024-04-01"), "JD-1", d("2024-04-01"));
    private static final ParcelEvent STARTED = new ConstructionStarted(ID, d("2024-09-15"), "photos", d("2024-10-01"));
    private static final ParcelEvent COMPLETED = new ConstructionCompleted(ID, d("2026-08-20"), "YS-1", d("2026-10-01"));

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static ParcelState state(ParcelEvent... after) {
        List<ParcelEvent> events = new ArrayList<>();
        events.add(SampleContract.registered());
        events.addAll(List.of(after));
        return ParcelState.replay(events);
    }

    private static List<DuePoint> patrolPoints(ParcelState state, DueRule rule) {
        return rule.points(state, SETTINGS);
    }

    private static DuePoint onlyPoint(ParcelState state, DueRule rule) {
        List<DuePoint> points = patrolPoints(state, rule);
        assertThat(points).hasSize(1);
        return points.get(0);
    }

    /** The point fires on {@code day} and not the day before. */
    private static void assertFiresFrom(DuePoint point, String day) {
        assertThat(point.firesOn()).isEqualTo(d(day));
        assertThat(point.isDueOn(d(day).minusDays(1))).isFalse();
        assertThat(point.isDueOn(d(day))).isTrue();
    }

    private static PatrolTaskAssigned task(String taskId, PatrolTaskKind kind, String on) {
        return new PatrolTaskAssigned(ID, taskId, kind, OFFICER, d(on), d(on).plusDays(7), d(on), null);
    }

    @Test
    void aParcelWithoutOfficerGetsNoPatrolTask() {
        ParcelState noOfficer = state(HANDED_OVER, STARTED);
        assertThat(DueRule.pendingPoints(noOfficer, SETTINGS)).noneMatch(p -> p.rule().startsWith("PATROL_"));
    }

    @Test
    void theBoardCheckIsDueTheDayAfterTheHandover() {
        DuePoint point = onlyPoint(state(OFFICER_ASSIGNED, HANDED_OVER), DueRule.PATROL_BOARD_CHECK);
        assertFiresFrom(point, "2024-04-02");
        assertThat(point.rule()).isEqualTo("PATROL_BOARD_CHECK");
        assertThat(patrolPoints(state(OFFICER_ASSIGNED), DueRule.PATROL_BOARD_CHECK)).as("not before the handover").isEmpty();
        assertThat(patrolPoints(state(OFFICER_ASSIGNED, HANDED_OVER, task("BOARD_CHECK", PatrolTaskKind.BOARD_CHECK, "2024-04-02")),
                DueRule.PATROL_BOARD_CHECK)).as("once").isEmpty();
    }

    @Test
    void theStartStagePatrolIsDueOnTheDayConstructionStarted() {
        assertFiresFrom(onlyPoint(state(OFFICER_ASSIGNED, HANDED_OVER, STARTED), DueRule.PATROL_START_STAGE), "2024-09-15");
        assertThat(patrolPoints(state(OFFICER_ASSIGNED, HANDED_OVER), DueRule.PATROL_START_STAGE)).isEmpty();
        assertThat(patrolPoints(state(OFFICER_ASSIGNED, HANDED_OVER, STARTED,
                task("START_STAGE", PatrolTaskKind.START_STAGE, "2024-09-15")), DueRule.PATROL_START_STAGE)).isEmpty();
    }

    @Test
    void theCompletionStagePatrolIsDueOnTheDayOfTheCompletion() {
        ParcelState completed = state(OFFICER_ASSIGNED, HANDED_OVER, STARTED, COMPLETED);
        assertFiresFrom(onlyPoint(completed, DueRule.PATROL_COMPLETION_STAGE), "2026-08-20");
        assertThat(patrolPoints(completed, DueRule.PATROL_START_STAGE)).as("the start stage is over").isEmpty();
        assertThat(patrolPoints(completed, DueRule.PATROL_PERIODIC)).as("no periodic patrol of a completed project").isEmpty();
    }

    @Test
    void theRePatrolIsDueTheDayAfterAMissedStart() {
        DuePoint point = onlyPoint(state(OFFICER_ASSIGNED, HANDED_OVER), DueRule.PATROL_AFTER_MISSED_START);
        assertFiresFrom(point, "2024-10-02");
        assertThat(point.subject()).isEqualTo("AFTER_MISSED_START-2024-10-01");
        assertThat(patrolPoints(state(OFFICER_ASSIGNED, HANDED_OVER, STARTED), DueRule.PATROL_AFTER_MISSED_START))
                .as("started: nothing missed").isEmpty();
        assertThat(patrolPoints(state(OFFICER_ASSIGNED), DueRule.PATROL_AFTER_MISSED_START))
                .as("the land not handed over: the delay is the bureau's").isEmpty();
    }

    @Test
    void theRePatrolIsDueTheDayAfterAMissedCompletion() {
        assertFiresFrom(onlyPoint(state(OFFICER_ASSIGNED, HANDED_OVER, STARTED), DueRule.PATROL_AFTER_MISSED_COMPLETION),
                "2026-10-02");
        assertThat(patrolPoints(state(OFFICER_ASSIGNED, HANDED_OVER, STARTED, COMPLETED), DueRule.PATROL_AFTER_MISSED_COMPLETION))
                .isEmpty();
    }

    @Test
    void aStartedProjectIsPatrolledEveryConfiguredNumberOfDays() {
        assertFiresFrom(onlyPoint(state(OFFICER_ASSIGNED, HANDED_OVER, STARTED), DueRule.PATROL_PERIODIC), "2024-10-15");
        // counted from the last periodic task's day: a task assigned late moves the next one with it
        assertFiresFrom(onlyPoint(state(OFFICER_ASSIGNED, HANDED_OVER, STARTED,
                task("PERIODIC-2024-10-15", PatrolTaskKind.PERIODIC, "2024-10-20")), DueRule.PATROL_PERIODIC), "2024-11-19");
        SupervisionSettings weekly = SETTINGS.withPatrol(new PatrolSettings(7, 7, 0.1, 0.05, 1L));
        assertThat(DueRule.PATROL_PERIODIC.points(state(OFFICER_ASSIGNED, HANDED_OVER, STARTED), weekly).get(0).firesOn())
                .isEqualTo(d("2024-09-22"));
        assertThat(patrolPoints(state(OFFICER_ASSIGNED, HANDED_OVER), DueRule.PATROL_PERIODIC)).as("not started").isEmpty();
    }

    @Test
    void aTaskIsDueTheDayTheSweepAssignsItAndOverdueAfterItsDays() {
        DuePoint point = onlyPoint(state(OFFICER_ASSIGNED, HANDED_OVER), DueRule.PATROL_BOARD_CHECK);
        PatrolTaskAssigned onTime = (PatrolTaskAssigned) point.action().apply(d("2024-04-02")).events().get(0);
        assertThat(onTime).isEqualTo(new PatrolTaskAssigned(ID, "BOARD_CHECK", PatrolTaskKind.BOARD_CHECK, OFFICER,
                d("2024-04-02"), d("2024-04-09"), d("2024-04-02"), null));
        PatrolTaskAssigned late = (PatrolTaskAssigned) point.action().apply(d("2024-05-01")).events().get(0);
        assertThat(late.dueOn()).as("a late sweep: due when the officer can see it").isEqualTo(d("2024-05-01"));

        PatrolTask task = PatrolTask.assigned(onTime);
        assertThat(task.status(d("2024-04-09"))).isEqualTo(PatrolTask.Status.OPEN);
        assertThat(task.status(d("2024-04-10"))).isEqualTo(PatrolTask.Status.OVERDUE);
    }
}
