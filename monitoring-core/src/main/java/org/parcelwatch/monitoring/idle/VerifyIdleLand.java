package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The field officer's on-site verification of a suspected idle parcel. */
public record VerifyIdleLand(@TargetAggregateIdentifier String parcelId, LocalDate verifiedOn, Boolean stillIdle,
                             String remarks) {
}
