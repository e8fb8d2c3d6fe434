package org.parcelwatch.projections.field;

import java.time.LocalDate;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;

/** A patrol task as listed, with its status on the day asked about. */
public record PatrolTaskRow(String parcelId, String projectName, String township, String taskId, PatrolTaskKind kind,
                            String officer, LocalDate dueOn, LocalDate doBy, LocalDate doneOn, Boolean doneOnTime,
                            String complaintId, PatrolTask.Status status) {
}
