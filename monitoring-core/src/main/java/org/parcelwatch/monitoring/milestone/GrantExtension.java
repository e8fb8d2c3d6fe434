package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An approved extension of the start or completion date. For a start extension the completion date
 * moves by the same days unless {@code newCompletionDate} says otherwise (GF-2008-2601 Art. 16).
 * {@code appliedOn} is when the land user applied; absent, the approval date stands for it.
 */
public record GrantExtension(@TargetAggregateIdentifier String parcelId, Milestone milestone, LocalDate newDate,
                             String approvalNo, LocalDate approvedOn, LocalDate appliedOn, String reason,
                             LocalDate newCompletionDate) {
}
