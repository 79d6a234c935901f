-- A previewed import waiting for its confirmation, in the store rather than on one server's disk:
-- the confirmation may reach any node. The upload is kept compressed, for an hour at most, one per
-- account (a new preview replaces the last).
CREATE TABLE import_pending (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token      TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    format     TEXT    NOT NULL,
    circle     TEXT,
    mapping    TEXT,
    content    BLOB    NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (account_id, token)
);
CREATE INDEX import_pending_at ON import_pending (at);
