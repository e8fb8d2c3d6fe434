-- Photo evidence (DESIGN §6.6, README "Photo evidence"): each uploaded file once, keyed by the SHA-256 of its bytes,
-- with what its EXIF said and a thumbnail. Patrols, starts and completions refer to it by that hash. H2 twin: h2/V140.
CREATE TABLE evidence_file (
    sha256        CHAR(64)                 NOT NULL,
    content_type  VARCHAR(32)              NOT NULL,
    byte_count    BIGINT                   NOT NULL,
    taken_at      TIMESTAMP,
    longitude     NUMERIC(10, 7),
    latitude      NUMERIC(10, 7),
    content       BYTEA                    NOT NULL,
    thumbnail     BYTEA,
    uploaded_by   VARCHAR(100)             NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT evidence_file_pk PRIMARY KEY (sha256)
);
