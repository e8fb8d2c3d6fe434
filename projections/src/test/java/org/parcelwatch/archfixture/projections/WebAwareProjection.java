package org.parcelwatch.archfixture.projections;

import org.springframework.web.archfixture.RequestStandIn;

/** Architecture fixture: a projection that reads a web request. */
public record WebAwareProjection(RequestStandIn request) {
}
