package org.parcelwatch.monitoring.patrol;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A cross patrol or spot check the monthly draw assigns ({@link CrossPatrolDraw}). Idempotent by {@code taskId}:
 * the draw of a month may run again and assigns nothing twice.
 */
public record AssignPatrolTask(@TargetAggregateIdentifier String parcelId, String taskId, PatrolTaskKind kind,
                               String officer, LocalDate dueOn) {
}
