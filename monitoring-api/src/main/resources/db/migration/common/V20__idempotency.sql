-- Idempotency-Key records of the REST API (api/idempotency). One row per user and key: inserted before the
-- request runs (the primary key lets exactly one of several concurrent duplicates through), completed with
-- the answer to replay. Plain SQL that both PostgreSQL and H2 (PostgreSQL mode) run.
create table idempotency_record (
    user_name        varchar(100)  not null,
    idempotency_key  varchar(128)  not null,
    request_hash     varchar(64)   not null,
    state            varchar(12)   not null,
    response_status  integer,
    response_headers varchar(4000),
    response_body    varchar,
    created_at       timestamp with time zone not null,
    completed_at     timestamp with time zone,
    primary key (user_name, idempotency_key)
);
create index ix_idempotency_record_created on idempotency_record (created_at);
