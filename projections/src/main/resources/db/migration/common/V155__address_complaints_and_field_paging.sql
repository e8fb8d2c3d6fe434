-- Issue 21: complaints about an address (no parcel) have their own stream. Their complaint row names no parcel but
-- the township; their task lies in patrol_task with parcel_id '' (the primary key cannot hold a null) and the
-- township and address it is about.
alter table complaint alter column parcel_id drop not null;
alter table complaint add column township varchar(100);
alter table patrol_task add column township varchar(100);
alter table patrol_task add column address varchar(200);

-- the pages of GET /patrol-tasks (due on or before a day, in last-day order), GET /complaints (in the order received,
-- open or decided) and the indicators' complaint counts (received in a year; a complaint's task)
create index patrol_task_by_due on patrol_task (due_on, do_by, parcel_id, task_id);
create index patrol_task_by_complaint on patrol_task (complaint_id);
create index complaint_by_received on complaint (received_on, complaint_id);
create index complaint_by_decision on complaint (decided_on, received_on, complaint_id);
