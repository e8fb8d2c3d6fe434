package org.parcelwatch.projections.field;

import java.time.LocalDate;

/**
 * A complaint (投诉举报) as listed: OPEN until its outcome is recorded, then DECIDED. A complaint about an address has no
 * {@code parcelId}; {@code township} is its parcel's or, for an address, the one given; {@code officer} who investigates
 * (null: nobody yet).
 */
public record ComplaintRow(String complaintId, String parcelId, String projectName, String source, String contact,
                           String content, String address, LocalDate receivedOn, String outcome, Boolean substantiated,
                           LocalDate decidedOn, Status status, String township,
                           String officer) {

    public enum Status { OPEN, DECIDED }
}
