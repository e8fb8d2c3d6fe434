package org.parcelwatch.archfixture.monitoring.payment;

import org.parcelwatch.archfixture.monitoring.parcel.FixtureAggregate;

/** Architecture fixture: a policy that takes the aggregate itself, closing a package cycle. */
public interface FixturePaymentPolicy {
    boolean allows(FixtureAggregate aggregate);
}
