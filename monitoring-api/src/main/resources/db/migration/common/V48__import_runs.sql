-- Resumable imports (issue 19). Plain SQL that both PostgreSQL and H2 (PostgreSQL mode) run.
--
-- What an import applied is read from the events themselves (each carries its import step in its metadata), so
-- these tables hold only what the events cannot tell: how far the import's days went, whether it finished, and the
-- steps it refused (a refusal writes no event).

-- One row per import, keyed by the SHA-256 of its file's content (of its files' hashes, for several files).
create table import_run (
    import_id   varchar(64)              not null primary key,
    files       varchar(2000)            not null,
    actor       varchar(200),
    started_at  timestamp with time zone not null,
    resumed_at  timestamp with time zone,
    starts      integer                  not null,
    reached_day date,
    finished_at timestamp with time zone
);

-- A step (a registration or an action) the import refused, with the code and reason it reported: a resumed import
-- reports it again rather than send it on a parcel that has moved on since.
create table import_refusal (
    import_id varchar(64)  not null,
    step      varchar(100) not null,
    on_day    date,
    code      varchar(64)  not null,
    reason    varchar      not null,
    primary key (import_id, step)
);
