-- Issue 21: the land officer (国土员) of each parcel in the ledger, for its officer= filter and column. Rows projected
-- before read null until the parcel's next event or a replay of the ledger.
alter table parcel_ledger add column officer varchar(100);
create index parcel_ledger_by_officer on parcel_ledger (officer, parcel_id);
