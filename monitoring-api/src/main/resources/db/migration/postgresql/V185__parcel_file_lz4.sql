-- A parcel's file (its fold as JSON, ~2.6 kB for a parcel with its installments and milestones) is over PostgreSQL's
-- 2 kB threshold, so every write of it is compressed: every command's and sweep check's projection, and each parcel
-- once in a rebuild. The default method, pglz, costs ~17 µs of the database's CPU more than lz4 a write (50,000 bench
-- files written both ways: 1.28 s against 0.44 s), a fifth of a rebuild's database CPU; lz4 also reads back faster
-- (1.1 µs against 2.3 µs a file) at ~11% more bytes (1,388 against 1,248). Rows written before keep pglz until their
-- next write, and both read back alike. A server built without lz4 keeps pglz: the setting is then refused, and this
-- leaves it at that rather than failing the migration.
do $$
begin
    alter table parcel_file alter column state_json set compression lz4;
exception
    when feature_not_supported then
        raise notice 'lz4 not supported by this server: parcel_file.state_json stays compressed with pglz';
end
$$;
