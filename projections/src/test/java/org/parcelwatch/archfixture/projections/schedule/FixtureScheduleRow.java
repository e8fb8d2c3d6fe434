package org.parcelwatch.archfixture.projections.schedule;

import org.parcelwatch.archfixture.projections.ledger.FixtureLedgerRow;

/** Architecture fixture: a schedule row that points back at the ledger, closing a package cycle. */
public record FixtureScheduleRow(FixtureLedgerRow parcel) {
}
