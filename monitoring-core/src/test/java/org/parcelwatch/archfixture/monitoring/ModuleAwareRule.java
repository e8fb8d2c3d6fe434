package org.parcelwatch.archfixture.monitoring;

import org.parcelwatch.api.archfixture.ApiStandIn;
import org.parcelwatch.projections.archfixture.ProjectionStandIn;

/** Architecture fixture: a rule that reads a projection and a type of monitoring-api. */
public record ModuleAwareRule(ProjectionStandIn projection, ApiStandIn api) {
}
