package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What the investigation of a complaint found ({@code substantiated}: 属实) and when it was decided. */
public record RecordComplaintOutcome(@TargetAggregateIdentifier String parcelId, String complaintId, String outcome,
                                     Boolean substantiated, LocalDate decidedOn) {
}
