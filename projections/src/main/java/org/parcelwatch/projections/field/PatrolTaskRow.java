package org.parcelwatch.projections.field;

import java.time.LocalDate;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;

/**
 * A patrol task as listed, with its status on the day asked about. {@code parcelId} is null for the investigation of a
 * complaint about an address, which names its {@code address} instead.
 */
public record PatrolTaskRow(String parcelId, String projectName, String township, String taskId, PatrolTaskKind kind,
                            String officer, LocalDate dueOn, LocalDate doBy, LocalDate doneOn, Boolean doneOnTime,
                            String complaintId, PatrolTask.Status status, String address) {
}
