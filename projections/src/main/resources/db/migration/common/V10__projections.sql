-- Query tables kept by the projections module. Plain SQL that both PostgreSQL and H2 (PostgreSQL mode) run.
-- Each table belongs to one processing group, which clears it on reset and rebuilds it from the events.

-- ---- processing group parcel-ledger --------------------------------------------------------------------

-- The parcel folded from its events (monitoring-core's ParcelState as JSON): the ledger, the schedule and
-- the parcel detail are all read off this one fold, so they cannot disagree with the aggregate's rules.
create table parcel_file (
    parcel_id     varchar(32)  not null primary key,
    state_json    varchar      not null,
    last_sequence bigint       not null,
    updated_at    timestamp with time zone
);

-- 台账: one row per parcel, the desk's list.
create table parcel_ledger (
    parcel_id              varchar(32)    not null primary key,
    contract_no            varchar(64),
    parcel_code            varchar(64),
    supply_method          varchar(16),
    project_name           varchar(200),
    land_user_name         varchar(200),
    credit_code            varchar(18),
    location               varchar(200),
    township               varchar(100),
    district_code          varchar(6),
    land_use               varchar(64),
    area_sqm               numeric(16, 2),
    total_price            numeric(16, 2),
    paid                   numeric(16, 2),
    outstanding            numeric(16, 2),
    stage                  varchar(16)    not null,
    signed_on              date,
    supply_year            integer,
    agreed_handover_date   date,
    actual_handover_date   date,
    agreed_start_date      date,
    actual_start_date      date,
    agreed_completion_date date,
    actual_completion_date date,
    idle_status            varchar(16),
    patrolled_start_stage      boolean not null default false,
    patrolled_completion_stage boolean not null default false,
    next_due_on            date,
    updated_at             timestamp with time zone
);
create index ix_parcel_ledger_township_stage on parcel_ledger (township, stage, parcel_id);
create index ix_parcel_ledger_stage on parcel_ledger (stage, parcel_id);
create index ix_parcel_ledger_year_township on parcel_ledger (supply_year, township);

-- Open flags, one row each, so "all parcels with START_BREACH" is an index range.
create table parcel_flag (
    parcel_id varchar(32) not null,
    flag      varchar(32) not null,
    primary key (parcel_id, flag)
);
create index ix_parcel_flag_flag on parcel_flag (flag, parcel_id);

-- Installments with what was paid by the due date, for the collection-rate indicator.
create table installment_ledger (
    parcel_id      varchar(32)    not null,
    installment_no integer        not null,
    due_date       date           not null,
    due_year       integer        not null,
    township       varchar(100),
    amount         numeric(16, 2) not null,
    paid           numeric(16, 2) not null,
    paid_on_time   numeric(16, 2) not null,
    status         varchar(16)    not null,
    primary key (parcel_id, installment_no)
);
create index ix_installment_ledger_year_township on installment_ledger (due_year, township);

-- The monitoring schedule: one row per due point (reminder, overdue, missed milestone, idle anniversary),
-- PENDING until the rule has acted (DONE). The sweep's one query is the (status, fires_on) range.
create table monitoring_schedule (
    parcel_id    varchar(32) not null,
    rule         varchar(32) not null,
    subject      varchar(64) not null,
    fires_on     date        not null,
    lapses_after date,
    status       varchar(8)  not null,
    done_on      date,
    primary key (parcel_id, rule, subject, fires_on)
);
create index ix_monitoring_schedule_status_fires_on on monitoring_schedule (status, fires_on, parcel_id);

-- ---- processing group notices ----------------------------------------------------------------------------

create table notice (
    notice_no      varchar(48)  not null primary key,
    parcel_id      varchar(32)  not null,
    type           varchar(32)  not null,
    installment_no integer,
    issued_on      date         not null,
    due_date       date,
    facts          varchar(2000),
    liability      varchar(2000),
    delivered_on   date,
    received_by    varchar(100)
);
create index ix_notice_parcel on notice (parcel_id, issued_on);
create index ix_notice_type_issued on notice (type, issued_on);
create index ix_notice_issued on notice (issued_on);

-- ---- processing group breach-register --------------------------------------------------------------------

-- One row per missed date: the miss, the cause found, the breach and its performance notice, and how it ended.
create table breach_case (
    parcel_id              varchar(32) not null,
    milestone              varchar(16) not null,
    agreed_date            date        not null,
    missed_from            date        not null,
    status                 varchar(20) not null,
    cause                  varchar(16),
    government_cause       varchar(40),
    findings               varchar(2000),
    found_on               date,
    performance_notice_no  varchar(48),
    reached_on             date,
    extended_to            date,
    primary key (parcel_id, milestone, agreed_date)
);
create index ix_breach_case_status on breach_case (status, missed_from);

-- ---- processing group idle-referrals ---------------------------------------------------------------------

create table idle_case (
    parcel_id               varchar(32) not null,
    suspected_on            date        not null,
    ground                  varchar(24) not null,
    idle_since              date        not null,
    status                  varchar(16) not null,
    verified_on             date,
    still_idle              boolean,
    referred_on             date,
    investigation_due_by    date,
    investigation_notice_no varchar(48),
    determination_no        varchar(64),
    determined_on           date,
    cause                   varchar(16),
    recovery_eligible_from  date,
    disposal_method         varchar(40),
    decision_no             varchar(64),
    decided_on              date,
    idle_fee                numeric(16, 2),
    primary key (parcel_id, suspected_on)
);
create index ix_idle_case_status on idle_case (status, suspected_on);
create index ix_idle_case_determined on idle_case (determined_on);
