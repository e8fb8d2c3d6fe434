package org.parcelwatch.archfixture.projections;

import org.parcelwatch.api.archfixture.ApiStandIn;

/** Architecture fixture: a projection that uses a type of monitoring-api. */
public record ApiAwareProjection(ApiStandIn api) {
}
