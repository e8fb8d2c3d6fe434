-- Axon's dead-letter queue of the projections' processors (store/axon DeadLetterConfiguration, JdbcSequencedDeadLetterQueue
-- with the snake_case DeadLetterSchema): an event a projection failed on for good, and the later events of its parcel
-- queued behind it (sequence_identifier is the parcel, sequence_index the order within it). Payload, metadata, token
-- and diagnostics are bytea, readable with convert_from(payload, 'UTF8'); never oid. Times are ISO-8601 text, as
-- Axon writes them.
CREATE TABLE dead_letter_entry (
    dead_letter_id       varchar(255)  NOT NULL,
    processing_group     varchar(255)  NOT NULL,
    sequence_identifier  varchar(255)  NOT NULL,
    sequence_index       bigint        NOT NULL,
    message_type         varchar(255)  NOT NULL,
    event_identifier     varchar(255)  NOT NULL,
    time_stamp           varchar(255)  NOT NULL,
    payload_type         varchar(255)  NOT NULL,
    payload_revision     varchar(255),
    payload              bytea         NOT NULL,
    meta_data            bytea,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  NOT NULL,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (dead_letter_id),
    -- also the index of every look-up: by processing group, and by processing group and parcel
    CONSTRAINT dead_letter_entry_sequence_uk UNIQUE (processing_group, sequence_identifier, sequence_index)
);
