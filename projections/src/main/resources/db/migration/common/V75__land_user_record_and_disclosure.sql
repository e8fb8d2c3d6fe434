-- Issue 14 (DESIGN §6.2–6.3).

-- The land user's record (诚信档案): each parcel's open defaults (overdue land price, idle land for its own cause,
-- contract terminated, land recovered without compensation), one row each, kept by the parcel-ledger group from the
-- same fold as the ledger and in the same transaction, so that its replay rebuilds them. Read by credit code: the
-- record of one land user, and the check at every registration.
create table land_user_default (
    parcel_id    varchar(32)    not null,
    kind         varchar(32)    not null,
    credit_code  varchar(18)    not null,
    amount       numeric(16, 2),
    reference_no varchar(64),
    arisen_on    date,
    primary key (parcel_id, kind)
);
create index ix_land_user_default_credit_code on land_user_default (credit_code, parcel_id);

-- Every parcel of a land user, for its record: an index range instead of a scan of the ledger.
create index ix_parcel_ledger_credit_code on parcel_ledger (credit_code, parcel_id);

-- The government act that caused idle land (《闲置土地处置办法》第八条), which the public disclosure names (第十条).
-- Cases determined before this column read null until the idle-referrals projection is replayed; so do the
-- defaults of parcels projected before the table, until the parcel-ledger projection is replayed.
alter table idle_case add column government_cause varchar(40);
