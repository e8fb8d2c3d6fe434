package org.parcelwatch.monitoring.patrol;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The desk names the parcel's land officer (国土员, seed 002 三（三）), who patrols it and keeps its file current. */
public record AssignLandOfficer(@TargetAggregateIdentifier String parcelId, String officer) {
}
