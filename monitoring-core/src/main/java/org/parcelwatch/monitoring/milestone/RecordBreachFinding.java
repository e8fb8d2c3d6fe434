package org.parcelwatch.monitoring.milestone;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cause of a missed start or completion, as found on re-check. {@code governmentCause} is required for GOVERNMENT. */
public record RecordBreachFinding(@TargetAggregateIdentifier String parcelId, Milestone milestone, BreachCause cause,
                                  GovernmentCause governmentCause, String findings) {
}
