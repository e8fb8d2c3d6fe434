package org.parcelwatch.monitoring.payment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The desk's decision to terminate the grant contract (解除合同) once the right has arisen. */
public record TerminateContract(@TargetAggregateIdentifier String parcelId, String decisionNo, LocalDate decidedOn,
                                String reason) {
}
