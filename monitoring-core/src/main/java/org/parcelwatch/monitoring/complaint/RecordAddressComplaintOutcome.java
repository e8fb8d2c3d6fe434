package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What the investigation of an address complaint found ({@code substantiated}: 属实) and when it was decided: the
 * same fields as {@link RecordComplaintOutcome}, addressed to the complaint's own stream.
 */
public record RecordAddressComplaintOutcome(@TargetAggregateIdentifier String complaintId, String outcome,
                                            Boolean substantiated, LocalDate decidedOn) {
}
