package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * The contract dates changed; reminders and missed-date rules re-arm on the new dates. {@code governmentCause}:
 * the government act the extension answers; null in events recorded before it was asked for, and when none.
 */
public record ExtensionGranted(String parcelId, Milestone milestone, LocalDate previousDate, LocalDate newDate,
                               LocalDate previousCompletionDate, LocalDate newCompletionDate,
                               String approvalNo, LocalDate approvedOn, String reason,
                               GovernmentCause governmentCause) implements ParcelEvent {

    /** An extension that names no government cause. */
    public ExtensionGranted(String parcelId, Milestone milestone, LocalDate previousDate, LocalDate newDate,
                            LocalDate previousCompletionDate, LocalDate newCompletionDate, String approvalNo,
                            LocalDate approvedOn, String reason) {
        this(parcelId, milestone, previousDate, newDate, previousCompletionDate, newCompletionDate, approvalNo, approvedOn,
                reason, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
