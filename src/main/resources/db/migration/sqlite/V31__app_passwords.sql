-- A password of its own for each phone or app that syncs contacts (CardDAV), never the account's:
-- one lost phone is revoked without signing anything else out. Only the SHA-256 of the password
-- is kept; the password itself (about 119 random bits) is shown once.
CREATE TABLE app_password (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    password_hash TEXT    NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER
);
CREATE INDEX app_password_account ON app_password (account_id);
