package org.parcelwatch.projections.ledger;

import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;

/**
 * The desk's ledger filter; each part optional. {@code landUse} is the stored land-use code (0601…), {@code year} the
 * year the contract was signed, {@code officer} the land officer.
 */
public record LedgerFilter(String township, Stage stage, Flag flag, String landUse, Integer year, String officer) {

    public LedgerFilter(String township, Stage stage, Flag flag) {
        this(township, stage, flag, null, null);
    }

    public LedgerFilter(String township, Stage stage, Flag flag, String landUse, Integer year) {
        this(township, stage, flag, landUse, year, null);
    }

    /** Whether the ledger's per-township-and-stage counts answer this filter's total. */
    boolean countable() {
        return flag == null && landUse == null && year == null && officer == null;
    }
}
