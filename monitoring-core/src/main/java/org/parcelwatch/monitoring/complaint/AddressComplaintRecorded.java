package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;

/** A complaint about an address in {@code township}, on record as {@code complaintId}; its task follows it. */
public record AddressComplaintRecorded(String complaintId, String source, String contact, String content, String address,
                                       String township, LocalDate receivedOn) implements ComplaintEvent {
}
