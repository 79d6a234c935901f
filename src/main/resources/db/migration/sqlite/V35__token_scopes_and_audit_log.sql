-- A token may only read (GET, HEAD) or do everything, and may end on a date. Tokens made before
-- scopes existed could do everything and never ended: they stay so.
ALTER TABLE api_token ADD COLUMN scope TEXT NOT NULL DEFAULT 'write';
ALTER TABLE api_token ADD COLUMN expires_at INTEGER;

-- What was done to and with an account, for the account to read: sign-ins, tokens, imports,
-- exports, merges, deletes. The detail counts and names the account's own things (a token's name),
-- never a contact's: "deleted 3 people". Kept a year.
CREATE TABLE audit_event (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    detail     TEXT    NOT NULL,
    ip         TEXT,
    agent      TEXT
);
CREATE INDEX audit_event_account ON audit_event (account_id, id);
CREATE INDEX audit_event_at ON audit_event (at);
