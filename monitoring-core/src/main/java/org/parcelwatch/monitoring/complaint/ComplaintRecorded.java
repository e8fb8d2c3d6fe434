package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** A complaint about the parcel, on record as {@code complaintId}; a COMPLAINT patrol task follows it. */
public record ComplaintRecorded(String parcelId, String complaintId, String source, String contact, String content,
                                String address, LocalDate receivedOn) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
