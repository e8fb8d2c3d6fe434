package org.parcelwatch.archfixture.projections.ledger;

import org.parcelwatch.archfixture.projections.schedule.FixtureScheduleRow;

/** Architecture fixture: a ledger row that points at the schedule. */
public record FixtureLedgerRow(FixtureScheduleRow nextDue) {
}
