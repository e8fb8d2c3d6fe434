package org.parcelwatch.monitoring.sweep;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The sweep's one command: apply every date rule to the parcel as of a day. Idempotent: whatever
 * already happened is not done again, so a sweep can be re-run or run late.
 */
public record CheckDuePoints(@TargetAggregateIdentifier String parcelId, LocalDate asOf) {
}
