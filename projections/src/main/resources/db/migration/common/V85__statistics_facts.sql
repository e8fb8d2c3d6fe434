-- Issue 16, statistics: the dated facts the yearly figures count that the ledger rows do not keep (a payment's
-- day, a patrol's findings). Kept by processing group parcel-ledger with its other tables, one row per event.
-- Empty after this migration on a database with history: replay parcel-ledger once
-- (POST /api/v1/admin/projections/parcel-ledger/replay) to fill them from the event store.

create table payment_fact (
    parcel_id      varchar(32)    not null,
    event_sequence bigint         not null,
    paid_on        date           not null,
    amount         numeric(16, 2) not null,
    primary key (parcel_id, event_sequence)
);
create index ix_payment_fact_paid_on on payment_fact (paid_on, parcel_id);

create table patrol_fact (
    parcel_id         varchar(32) not null,
    event_sequence    bigint      not null,
    patrolled_on      date        not null,
    info_board_posted boolean,
    use_changed       boolean,
    primary key (parcel_id, event_sequence)
);
create index ix_patrol_fact_patrolled_on on patrol_fact (patrolled_on, parcel_id);
