package org.parcelwatch.projections.field;

import java.time.LocalDate;

/** A complaint (投诉举报) as listed: OPEN until its outcome is recorded, then DECIDED. */
public record ComplaintRow(String complaintId, String parcelId, String projectName, String source, String contact,
                           String content, String address, LocalDate receivedOn, String outcome, Boolean substantiated,
                           LocalDate decidedOn, Status status) {

    public enum Status { OPEN, DECIDED }
}
