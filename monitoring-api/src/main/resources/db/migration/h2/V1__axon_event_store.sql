-- H2 twin of postgresql/V1: same tables and constraints. BINARY VARYING takes the engine's
-- setObject(byte[]) and returns it through getBytes, as bytea does on PostgreSQL.

CREATE SEQUENCE domain_event_entry_global_index_seq AS BIGINT START WITH 1 INCREMENT BY 1 NO CACHE;

CREATE TABLE domain_event_entry (
    global_index         BIGINT         DEFAULT NEXT VALUE FOR domain_event_entry_global_index_seq NOT NULL,
    event_identifier     VARCHAR(255)   NOT NULL,
    aggregate_identifier VARCHAR(255)   NOT NULL,
    sequence_number      BIGINT         NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255)   NOT NULL,
    payload_type         VARCHAR(255)   NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BINARY VARYING NOT NULL,
    meta_data            BINARY VARYING,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    CONSTRAINT domain_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255)   NOT NULL,
    sequence_number      BIGINT         NOT NULL,
    type                 VARCHAR(255)   NOT NULL,
    event_identifier     VARCHAR(255)   NOT NULL,
    time_stamp           VARCHAR(255)   NOT NULL,
    payload_type         VARCHAR(255)   NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BINARY VARYING NOT NULL,
    meta_data            BINARY VARYING,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uk UNIQUE (event_identifier)
);
