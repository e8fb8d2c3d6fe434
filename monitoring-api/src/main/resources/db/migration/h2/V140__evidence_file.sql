-- H2 twin of postgresql/V140: photo evidence keyed by the SHA-256 of its bytes (BINARY VARYING here, as V53: H2 in PostgreSQL mode knows no BLOB; bytea there).
CREATE TABLE evidence_file (
    sha256        CHAR(64)                 NOT NULL,
    content_type  VARCHAR(32)              NOT NULL,
    byte_count    BIGINT                   NOT NULL,
    taken_at      TIMESTAMP,
    longitude     NUMERIC(10, 7),
    latitude      NUMERIC(10, 7),
    content       BINARY VARYING           NOT NULL,
    thumbnail     BINARY VARYING,
    uploaded_by   VARCHAR(100)             NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT evidence_file_pk PRIMARY KEY (sha256)
);
