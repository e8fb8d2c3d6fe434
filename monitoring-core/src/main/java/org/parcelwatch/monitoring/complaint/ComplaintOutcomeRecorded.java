package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** The complaint's outcome; it closes the complaint (its patrol task is closed by the patrol, not by this). */
public record ComplaintOutcomeRecorded(String parcelId, String complaintId, String outcome, boolean substantiated,
                                      LocalDate decidedOn) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
