package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** The contract dates changed; reminders and missed-date rules re-arm on the new dates. */
public record ExtensionGranted(String parcelId, Milestone milestone, LocalDate previousDate, LocalDate newDate,
                               LocalDate previousCompletionDate, LocalDate newCompletionDate,
                               String approvalNo, LocalDate approvedOn, String reason) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
