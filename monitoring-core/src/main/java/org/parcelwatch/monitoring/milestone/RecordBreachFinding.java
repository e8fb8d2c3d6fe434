package org.parcelwatch.monitoring.milestone;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The cause of a missed start or completion, as found on re-check. {@code governmentCause} is required
 * for GOVERNMENT; {@code foundOn} (default today) dates a finding entered after the fact.
 */
public record RecordBreachFinding(@TargetAggregateIdentifier String parcelId, Milestone milestone, BreachCause cause,
                                  GovernmentCause governmentCause, String findings, LocalDate foundOn) {

    public RecordBreachFinding(String parcelId, Milestone milestone, BreachCause cause, GovernmentCause governmentCause,
                               String findings) {
        this(parcelId, milestone, cause, governmentCause, findings, null);
    }
}
