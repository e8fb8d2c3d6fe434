package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 开工: construction started, as a field officer found it. */
public record RecordStart(@TargetAggregateIdentifier String parcelId, LocalDate startedOn, String evidence) {
}
