package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;

/**
 * The site investigation of an address complaint, for {@code officer} (null: unassigned, on the desk's worklist), due
 * on {@code dueOn} and to be done by {@code doBy}. Again for the same complaint: the task passed to another officer.
 */
public record ComplaintTaskAssigned(String complaintId, String officer, LocalDate dueOn, LocalDate doBy,
                                    LocalDate assignedOn) implements ComplaintEvent {
}
