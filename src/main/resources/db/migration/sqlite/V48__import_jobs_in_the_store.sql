-- An import job as its page shows it, in the store so that any node's page and progress bar read
-- it: the node running the job writes its stage and how far it got (a fraction, -1 when unknown),
-- then its result (JSON) or its error. updated_at is also a heartbeat while the job waits or runs:
-- a job not heard of for a minute stopped with its node. A job goes an hour after it was last heard of.
CREATE TABLE import_job (
    account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    id          TEXT    NOT NULL,
    file_name   TEXT    NOT NULL,
    applying    INTEGER NOT NULL,
    stage       TEXT    NOT NULL,
    done        REAL    NOT NULL,
    result      TEXT,
    error       TEXT,
    error_field TEXT,
    started_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    ended_at    INTEGER,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX import_job_updated ON import_job (updated_at);

-- A LinkedIn messages file previewed and waiting for its confirmation (or for who you are), like
-- import_pending: compressed, one per account, for an hour at most.
CREATE TABLE conversations_pending (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token      TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    content    BLOB    NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (account_id, token)
);
CREATE INDEX conversations_pending_at ON conversations_pending (at);
