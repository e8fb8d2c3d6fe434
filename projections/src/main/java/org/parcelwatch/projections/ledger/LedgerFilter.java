package org.parcelwatch.projections.ledger;

import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;

/** The desk's ledger filter; each part optional. */
public record LedgerFilter(String township, Stage stage, Flag flag) {
}
