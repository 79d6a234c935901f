-- Several accounts on one server: admins run it (the owner is the first), an account can be
-- disabled without losing its data, and sign-up can need an invitation from an admin.
ALTER TABLE account ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN disabled_at INTEGER;
ALTER TABLE account ADD COLUMN last_sign_in_at INTEGER;
UPDATE account SET is_admin = 1 WHERE is_owner = 1;

-- A link to sign up with, made by an admin (account_id), used once, shown once: only the
-- SHA-256 of its token is kept.
CREATE TABLE invitation (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash TEXT   NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT,
    used_by    TEXT
);
CREATE INDEX invitation_account ON invitation (account_id);
