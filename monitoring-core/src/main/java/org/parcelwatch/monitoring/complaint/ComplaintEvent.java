package org.parcelwatch.monitoring.complaint;

/**
 * An event of a complaint about an address ({@link Complaint}): one that names no parcel has no parcel stream, so it
 * has its own, keyed by its complaint id. Complaints about a parcel stay in the parcel's stream as {@link
 * ComplaintRecorded}; code that reads the event store meets both kinds of stream.
 */
public interface ComplaintEvent {

    String complaintId();
}
