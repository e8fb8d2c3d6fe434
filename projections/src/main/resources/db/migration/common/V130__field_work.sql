-- Issue 21 / DESIGN §6.6: the field-work projection. The land officer of each parcel (with the parcel's township,
-- which is how an officer's townships are known to the cross-patrol draw), every patrol task, and the complaints.
create table parcel_officer (
    parcel_id   varchar(32)  not null primary key,
    officer     varchar(100) not null,
    township    varchar(100),
    assigned_on date         not null
);
create index parcel_officer_by_officer on parcel_officer (officer);

create table patrol_task (
    parcel_id    varchar(32)  not null,
    task_id      varchar(80)  not null,
    kind         varchar(32)  not null,
    officer      varchar(100),
    due_on       date         not null,
    do_by        date         not null,
    assigned_on  date         not null,
    complaint_id varchar(48),
    done_on      date,
    done_on_time boolean,
    primary key (parcel_id, task_id)
);
create index patrol_task_by_officer on patrol_task (officer, due_on);
create index patrol_task_open on patrol_task (done_on, do_by);

create table complaint (
    complaint_id  varchar(48)   not null primary key,
    parcel_id     varchar(32)   not null,
    source        varchar(100)  not null,
    contact       varchar(200),
    content       varchar(2000) not null,
    address       varchar(200),
    received_on   date          not null,
    outcome       varchar(2000),
    substantiated boolean,
    decided_on    date
);
create index complaint_by_parcel on complaint (parcel_id);
