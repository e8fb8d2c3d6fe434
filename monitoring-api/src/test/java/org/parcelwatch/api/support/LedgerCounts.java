package org.parcelwatch.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger's kept totals ({@code ledger_count}) against counting its rows, township by stage. */
public final class LedgerCounts {

    private LedgerCounts() {
    }

    /**
     * One statement, so both sides are read from the same snapshot while other contexts' processors keep
     * projecting: any committed state must agree.
     */
    public static void assertKeptTotalsMatchTheRows(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("select coalesce(r.township, k.township) as township, coalesce(r.stage, k.stage)"
                + " as stage, r.parcels as counted, k.parcels as kept"
                + " from (select coalesce(township, '') as township, stage, count(*) as parcels from parcel_ledger"
                + "       group by coalesce(township, ''), stage) r"
                + " full outer join (select township, stage, parcels from ledger_count where parcels <> 0) k"
                + "   on k.township = r.township and k.stage = r.stage"
                + " where r.parcels is distinct from k.parcels"))
                .as("townships and stages where ledger_count differs from the rows of parcel_ledger").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ledger_count where parcels > 0", Long.class))
                .as("kept totals").isPositive();
    }
}
