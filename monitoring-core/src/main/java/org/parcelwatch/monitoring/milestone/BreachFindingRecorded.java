package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * The cause of a missed milestone was found. {@code breach} is true for a land-user cause: the
 * land user is in breach, damages run and the case goes to the supervision brigade.
 */
public record BreachFindingRecorded(String parcelId, Milestone milestone, LocalDate agreedDate, BreachCause cause,
                                    GovernmentCause governmentCause, String findings, LocalDate foundOn,
                                    boolean breach) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
