-- Signed checkpoints of the audit chain (README, Audit). The seals are HMACs under the audit key, which is kept
-- outside this database: whoever can write these rows can delete them, but cannot make one that verifies.

-- One row per parcel: its head (last sequence and that event's hash), moved in the transaction of every append, and
-- the sequence from which its events carry seals (0; for a parcel recorded before the chain was keyed, its first
-- event after the upgrade, see V60.1). A stream deleted or cut shorter than its head is reported.
CREATE TABLE audit_checkpoint (
    parcel_id          varchar(255) NOT NULL,
    head_sequence      bigint       NOT NULL,
    head_hash          varchar(64)  NOT NULL,
    head_key_id        varchar(32)  NOT NULL,
    head_seal          varchar(64)  NOT NULL,
    sealed_from        bigint       NOT NULL,
    sealed_from_key_id varchar(32)  NOT NULL,
    sealed_from_seal   varchar(64)  NOT NULL,
    CONSTRAINT audit_checkpoint_pk PRIMARY KEY (parcel_id)
);

-- One row per day, written by the daily sweep job: what the store held before the day's end (cut, an instant
-- written as the event store writes its timestamps): parcels, events, and every parcel's head summed under the key,
-- chained to the previous root. A stream deleted together with its checkpoint changes every root written before.
CREATE TABLE audit_root (
    root_day      date        NOT NULL,
    cut           varchar(32) NOT NULL,
    parcels       bigint      NOT NULL,
    events        bigint      NOT NULL,
    previous_seal varchar(64) NOT NULL,
    key_id        varchar(32) NOT NULL,
    seal          varchar(64) NOT NULL,
    CONSTRAINT audit_root_pk PRIMARY KEY (root_day)
);
