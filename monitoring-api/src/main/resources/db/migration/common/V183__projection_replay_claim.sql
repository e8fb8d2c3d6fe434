-- A rebuild is claimed by one node of the cluster: the node that runs it and when it last said it still does.
-- Another node's request meanwhile is refused (409 REPLAY_RUNNING); a claim whose node stopped beating can be taken.
alter table projection_replay add column node varchar(200);
alter table projection_replay add column heartbeat_at timestamp with time zone;
