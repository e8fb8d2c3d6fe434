package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;

/** The brigade's idle-land determination (闲置土地认定书). {@code idleSince} defaults to the suspicion's. */
public record DetermineIdleLand(@TargetAggregateIdentifier String parcelId, String determinationNo,
                                LocalDate determinedOn, BreachCause cause, GovernmentCause governmentCause,
                                LocalDate idleSince) {
}
