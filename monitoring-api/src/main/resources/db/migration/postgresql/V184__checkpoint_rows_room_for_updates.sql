-- Room on each page for the next version of a parcel's audit checkpoint (PostgreSQL's HOT update), as V176 gave the
-- ledger's rows. Every command and every sweep check moves its parcel's checkpoint (head sequence, hash and seal: no
-- indexed column). On a full page, and bulk-loaded pages are full, the new version goes to the end of the table, where
-- all concurrent writers append, and the key gets an entry for it. pg_stat_statements on the bench's sweep
-- (bench/README.md, issue 18) had this update as the costliest statement of a check, a third of them not HOT.
-- A checkpoint row is ~290 bytes of fixed width (hashes and seals in hex): 10% of a page holds two versions, for 8% more
-- table. Measured on 900 checkpoints a hundred apart: 900 WAL records (6.9 MB) instead of 2,700 (10.8 MB), 4,952
-- buffer hits instead of 9,528. Pages written before this keep no room until their rows move; a shadow rebuild
-- (ShadowTables) sets a table's storage settings before its COPY.
alter table audit_checkpoint set (fillfactor = 90);
