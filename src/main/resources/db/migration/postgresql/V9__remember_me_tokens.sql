-- "Keep me signed in", held by the server so that signing out or changing the password ends it.
-- A device's cookie carries a series (which sign-in it is) and a token (which use of it), each
-- 256 random bits; only their SHA-256 is stored, so a copy of the database signs nobody in.
-- The token changes at every use; the one before it is still accepted for a minute after, so
-- requests the browser sent together all get in (previous_hash, rotated_at).
CREATE TABLE remember_me (
    series_hash   TEXT    PRIMARY KEY,
    account_id    BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash    TEXT    NOT NULL,
    previous_hash TEXT,
    rotated_at    BIGINT  NOT NULL,
    created_at    BIGINT  NOT NULL,
    expires_at    BIGINT  NOT NULL
);
CREATE INDEX remember_me_account ON remember_me (account_id);

-- Goes up by one whenever the password changes: a web session remembers the value it signed in
-- with and ends when it no longer matches, on whichever server node it is served.
ALTER TABLE account ADD COLUMN sign_in_version INTEGER NOT NULL DEFAULT 1;

-- The key that signed the old remember-me cookies: whoever read it could sign in as anyone.
DROP TABLE server_secret;
