package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 交地: the land was handed over to the land user. */
public record RecordHandover(@TargetAggregateIdentifier String parcelId, LocalDate handedOverOn, String documentNo) {
}
