package org.parcelwatch.archfixture.monitoring.parcel;

import org.parcelwatch.archfixture.monitoring.payment.FixturePaymentPolicy;

/** Architecture fixture: an aggregate that calls a policy of a concept package. */
public record FixtureAggregate(FixturePaymentPolicy policy) {
}
