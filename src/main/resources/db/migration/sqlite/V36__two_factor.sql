-- Two-factor sign-in (TOTP, RFC 6238), optional per account. The secret is sealed with AES-GCM
-- under the key kept in the data folder (or KITH_SECRET_KEY), never in the database. A row with
-- no enabled_at is a setup not yet confirmed with a code: it asks nothing at sign-in. last_step
-- is the time-step of the last code accepted, so a code is never taken twice.
CREATE TABLE two_factor (
    account_id    INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret_sealed TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    enabled_at    INTEGER,
    last_step     INTEGER
);

-- One-time recovery codes, for a lost phone: only their SHA-256 is kept (each is 80 random bits),
-- and one is good for one sign-in.
CREATE TABLE recovery_code (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  TEXT    NOT NULL,
    used_at    INTEGER,
    UNIQUE (account_id, code_hash)
);
