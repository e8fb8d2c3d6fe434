package org.parcelwatch.archfixture.monitoring;

import org.springframework.archfixture.SpringStandIn;

/** Architecture fixture: a policy that uses Spring. */
public record SpringAwarePolicy(SpringStandIn bean) {
}
