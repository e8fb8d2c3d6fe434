package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;

/**
 * The investigation of an address complaint done on {@code doneOn}, the day its outcome was decided (there is no parcel
 * whose patrol could close it); {@code onTime}: on or before the task's last day.
 */
public record ComplaintTaskDone(String complaintId, LocalDate doneOn, boolean onTime) implements ComplaintEvent {
}
