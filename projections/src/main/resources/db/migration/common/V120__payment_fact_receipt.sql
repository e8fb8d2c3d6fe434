-- Issue 16, ledger round trip: the ledger download's events sheet (事件) lists each payment with its receipt number,
-- which a re-import needs (a payment without one is refused). Kept by processing group parcel-ledger; payments
-- projected before this migration have none until parcel-ledger is replayed
-- (POST /api/v1/admin/projections/parcel-ledger/replay).
alter table payment_fact add column receipt_no varchar(64);
