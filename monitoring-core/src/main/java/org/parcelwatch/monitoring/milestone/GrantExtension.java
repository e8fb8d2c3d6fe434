package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An approved extension of the start or completion date. For a start extension the completion date
 * moves by the same days unless {@code newCompletionDate} says otherwise (GF-2008-2601 Art. 16).
 * {@code appliedOn} is when the land user applied; absent, the approval date stands for it.
 * {@code governmentCause} names the government act the extension answers, if any: a late handover
 * ({@link GovernmentCause#LAND_NOT_HANDED_OVER_ON_TIME}) needs no application 30 days ahead.
 */
public record GrantExtension(@TargetAggregateIdentifier String parcelId, Milestone milestone, LocalDate newDate,
                             String approvalNo, LocalDate approvedOn, LocalDate appliedOn, String reason,
                             LocalDate newCompletionDate, GovernmentCause governmentCause) {

    /** An extension that names no government cause. */
    public GrantExtension(String parcelId, Milestone milestone, LocalDate newDate, String approvalNo, LocalDate approvedOn,
                          LocalDate appliedOn, String reason, LocalDate newCompletionDate) {
        this(parcelId, milestone, newDate, approvalNo, approvedOn, appliedOn, reason, newCompletionDate, null);
    }
}
