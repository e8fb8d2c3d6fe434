-- The sweep (issue 6). Plain SQL that both PostgreSQL and H2 (PostgreSQL mode) run.

-- One row per sweep run, written when it starts and completed when it ends: a run killed half way stays
-- RUNNING. The sweep-lag gauge reads the latest completed as_of; operators read what each run fired.
create table sweep_run (
    run_id          varchar(36)              not null primary key,
    as_of           date                     not null,
    trigger_source  varchar(16)              not null,
    node            varchar(200)             not null,
    outcome         varchar(16)              not null,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    parcels_checked integer                  not null default 0,
    fired           integer                  not null default 0,
    failures        integer                  not null default 0,
    counts          varchar(2000)
);
create index ix_sweep_run_outcome_as_of on sweep_run (outcome, as_of);
create index ix_sweep_run_started_at on sweep_run (started_at);

-- The adjustable business clock's offset from the system clock (demo and test setups only), so that a
-- restart resumes the simulated date instead of stamping new events before the stored ones.
create table business_clock (
    clock_id      integer                  not null primary key,
    offset_millis bigint                   not null,
    today         date                     not null,
    updated_at    timestamp with time zone not null
);
