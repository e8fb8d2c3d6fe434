-- Issue 13: the day a parcel was closed (terminated, recovered, exchanged). The on-time start and completion
-- indicators count a closed parcel's date only when it fell due before the closing day. Rows projected before
-- this column read null (counted, as the worst case) until the ledger is replayed.
alter table parcel_ledger add column closed_on date;
