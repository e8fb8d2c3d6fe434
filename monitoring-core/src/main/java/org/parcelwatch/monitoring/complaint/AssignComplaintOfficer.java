package org.parcelwatch.monitoring.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The desk gives the open investigation of an address complaint to {@code officer}. */
public record AssignComplaintOfficer(@TargetAggregateIdentifier String complaintId, String officer) {
}
