package org.parcelwatch.monitoring.milestone;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * The contract dates changed; reminders and missed-date rules re-arm on the new dates. {@code governmentCause}:
 * the government act the extension answers; null in events recorded before it was asked for, and when none (left
 * out of the stored JSON then, so that an event stored before it hashes as it did).
 */
public record ExtensionGranted(String parcelId, Milestone milestone, LocalDate previousDate, LocalDate newDate,
                               LocalDate previousCompletionDate, LocalDate newCompletionDate,
                               String approvalNo, LocalDate approvedOn, String reason,
                               @JsonInclude(JsonInclude.Include.NON_NULL) GovernmentCause governmentCause)
        implements ParcelEvent {

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
