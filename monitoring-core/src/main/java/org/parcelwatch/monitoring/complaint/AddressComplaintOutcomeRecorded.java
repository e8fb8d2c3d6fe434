package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;

/** The outcome of an address complaint; it closes the complaint. */
public record AddressComplaintOutcomeRecorded(String complaintId, String outcome, boolean substantiated,
                                              LocalDate decidedOn) implements ComplaintEvent {
}
