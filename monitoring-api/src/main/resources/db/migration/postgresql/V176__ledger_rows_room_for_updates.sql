-- Room on each page of the ledger's rows for the next version of a row (PostgreSQL's HOT update). A sweep's check
-- changes a parcel's ledger row (next_due_on, updated_at) and an installment's status, no indexed column; on a full
-- page the new version goes to another page and every index gets an entry for it: seven for parcel_ledger. Measured
-- on 100,000 bench parcels, updating 900 rows a hundred apart as the sweep does: 8,402 WAL records and 31,674 buffer
-- hits on full pages, 1,800 and 11,219 with this room (bench/README.md, issue 18, the sweep). A parcel_ledger row is
-- ~260 bytes: 10% of a page holds three versions. Pages written before this keep no room until their rows move. A
-- shadow rebuild (ShadowTables) sets the live tables' storage settings on its tables after their rows are written,
-- so a rebuilt ledger's pages are full too until it sets them before the COPY.
alter table parcel_ledger set (fillfactor = 90);
alter table installment_ledger set (fillfactor = 90);
