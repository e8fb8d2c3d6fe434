-- The desk's ledger of one township is read a page at a time in supervision-number order: with this index a page
-- is a short index range, not a sort of every parcel of the township.
create index ix_parcel_ledger_township on parcel_ledger (township, parcel_id);
