-- Parcels per township and stage, kept by the parcel-ledger group in the same transaction as the ledger rows, so
-- that a ledger page's total is one small read instead of counting a township's rows on every page (at a million
-- parcels that count was most of a page's database time: bench/README.md). An empty string stands for "no
-- township", so the key has no nulls.
create table ledger_count (
    township varchar(100) not null,
    stage    varchar(16)  not null,
    parcels  bigint       not null,
    primary key (township, stage)
);

insert into ledger_count (township, stage, parcels)
select coalesce(township, ''), stage, count(*) from parcel_ledger group by coalesce(township, ''), stage;
