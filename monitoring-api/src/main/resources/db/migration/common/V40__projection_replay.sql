-- Replays requested over the admin API. The requesting node bumps the generation; every other node sees
-- the request within a second, stops its processor for that projection (releasing its segments) and
-- starts it again once the row says RESET.
create table projection_replay (
    projection   varchar(64)  not null primary key,
    generation   bigint       not null,
    state        varchar(16)  not null,
    requested_at timestamp with time zone,
    requested_by varchar(100),
    reset_at     timestamp with time zone
);
