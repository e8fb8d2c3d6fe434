package org.parcelwatch.monitoring.patrol;

import java.time.LocalDate;

/**
 * A patrol task as the parcel's events made it: due on {@code dueOn}, to be done by {@code doBy}, done on
 * {@code doneOn} (null while open).
 */
public record PatrolTask(String taskId, PatrolTaskKind kind, String officer, LocalDate dueOn, LocalDate doBy,
                         LocalDate doneOn, Boolean doneOnTime) {

    public enum Status { OPEN, DONE, OVERDUE }

    public static PatrolTask assigned(PatrolTaskAssigned e) {
        return new PatrolTask(e.taskId(), e.kind(), e.officer(), e.dueOn(), e.doBy(), null, null);
    }

    public PatrolTask done(PatrolTaskDone e) {
        return new PatrolTask(taskId, kind, officer, dueOn, doBy, e.doneOn(), e.onTime());
    }

    public boolean isOpen() {
        return doneOn == null;
    }

    /** Open and past its last day on {@code asOf}: overdue from the day after {@code doBy}. */
    public Status status(LocalDate asOf) {
        if (doneOn != null) {
            return Status.DONE;
        }
        return asOf.isAfter(doBy) ? Status.OVERDUE : Status.OPEN;
    }

    /** The task a patrol by {@code inspector} on {@code patrolledOn} answers: theirs, open and due by then. */
    public boolean isAnsweredBy(String inspector, LocalDate patrolledOn) {
        return isOpen() && officer != null && officer.equals(inspector) && !dueOn.isAfter(patrolledOn);
    }
}
