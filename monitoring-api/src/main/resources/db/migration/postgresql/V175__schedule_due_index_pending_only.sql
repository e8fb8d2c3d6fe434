-- The sweep's index holds the PENDING points only (PostgreSQL; H2 has no partial indexes and keeps V10's).
-- Every point the sweep fires is marked DONE, and a DONE row never goes back: in the (status, fires_on, parcel_id)
-- index each marking added an entry under DONE that no query reads (a point's update is never HOT, its status
-- being indexed), and the DONE entries grow with every day swept. Partial, a marking adds nothing to this index
-- (the new row version is not PENDING) and the index stays the size of what is still to come. DueParcels and the
-- due count (ScheduleRepository) filter on status = 'PENDING' as the predicate says, so the planner takes it.
create index ix_monitoring_schedule_due on monitoring_schedule (fires_on, parcel_id) where status = 'PENDING';
drop index ix_monitoring_schedule_status_fires_on;
analyze monitoring_schedule;
