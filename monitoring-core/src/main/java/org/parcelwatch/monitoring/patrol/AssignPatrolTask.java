package org.parcelwatch.monitoring.patrol;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A cross patrol or spot check the monthly draw assigns ({@link CrossPatrolDraw}). Idempotent by {@code taskId}:
 * the draw of a month may run again and assigns nothing twice. {@code drawnOn} is the day of the draw when it is
 * entered later (an import of history draws each month it passes on that month's first day); null: today.
 */
public record AssignPatrolTask(@TargetAggregateIdentifier String parcelId, String taskId, PatrolTaskKind kind,
                               String officer, LocalDate dueOn, LocalDate drawnOn) {

    /** A task drawn today. */
    public AssignPatrolTask(String parcelId, String taskId, PatrolTaskKind kind, String officer, LocalDate dueOn) {
        this(parcelId, taskId, kind, officer, dueOn, null);
    }
}
