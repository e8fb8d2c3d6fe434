package org.parcelwatch.api.web.error;

/** A complaint id that names no complaint on record. */
public class ComplaintNotFoundException extends RuntimeException {

    public ComplaintNotFoundException(String complaintId) {
        super("No complaint " + complaintId + " is on record");
    }
}
