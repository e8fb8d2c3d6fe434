-- Axon event store for JdbcEventStorageEngine with the snake_case EventSchema of AxonStoreConfiguration.
-- Serialized payloads and metadata are bytea: inline, dumped with the table, readable with
-- convert_from(payload, 'UTF8'). Never oid large objects.

-- The global index orders the whole stream for tracking processors. Its own sequence, stepping by one
-- and without a per-session cache, keeps the gaps a processor must wait out to rolled-back inserts.
CREATE SEQUENCE domain_event_entry_global_index_seq AS bigint INCREMENT BY 1 START WITH 1 CACHE 1;

CREATE TABLE domain_event_entry (
    global_index         bigint       NOT NULL DEFAULT nextval('domain_event_entry_global_index_seq'),
    event_identifier     varchar(255) NOT NULL,
    aggregate_identifier varchar(255) NOT NULL,
    sequence_number      bigint       NOT NULL,
    type                 varchar(255),
    time_stamp           varchar(255) NOT NULL,
    payload_type         varchar(255) NOT NULL,
    payload_revision     varchar(255),
    payload              bytea        NOT NULL,
    meta_data            bytea,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    -- Serialises writers per parcel: a second append of the same sequence number fails here.
    CONSTRAINT domain_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

ALTER SEQUENCE domain_event_entry_global_index_seq OWNED BY domain_event_entry.global_index;

CREATE TABLE snapshot_event_entry (
    aggregate_identifier varchar(255) NOT NULL,
    sequence_number      bigint       NOT NULL,
    type                 varchar(255) NOT NULL,
    event_identifier     varchar(255) NOT NULL,
    time_stamp           varchar(255) NOT NULL,
    payload_type         varchar(255) NOT NULL,
    payload_revision     varchar(255),
    payload              bytea        NOT NULL,
    meta_data            bytea,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uk UNIQUE (event_identifier)
);
