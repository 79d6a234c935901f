-- The secret link of an account's calendar feed: at most one per account, stored as the SHA-256 of
-- its token (the token is shown once); making a new one replaces it, turning it off deletes it.
CREATE TABLE calendar_link (
    account_id BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at BIGINT  NOT NULL
);
