-- Rows per parcel in the parcel-ledger group's child tables, told to PostgreSQL's planner.
-- A rebuild fills these tables from empty; statistics that autovacuum took at a few thousand rows say each
-- parcel id has hundreds of rows, and the group's batch read by parcel ids (LedgerTables) became a full scan
-- of the table for every batch: seconds each at a million parcels. A negative n_distinct means "distinct
-- values are this fraction of the rows" and so stays right as the table grows; ANALYZE applies it.
alter table monitoring_schedule alter column parcel_id set (n_distinct = -0.2);
alter table installment_ledger alter column parcel_id set (n_distinct = -0.5);
alter table parcel_flag alter column parcel_id set (n_distinct = -0.5);
analyze monitoring_schedule;
analyze installment_ledger;
analyze parcel_flag;
