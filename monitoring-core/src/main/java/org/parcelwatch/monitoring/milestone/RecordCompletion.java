package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 竣工: the actual completion date, or the planning acceptance (规划验收) date and number. */
public record RecordCompletion(@TargetAggregateIdentifier String parcelId, LocalDate completedOn, String acceptanceNo) {
}
