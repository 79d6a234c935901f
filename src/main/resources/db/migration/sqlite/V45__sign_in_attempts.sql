-- The sign-in throttle's counts, shared by every node: an attempt is one row under the email (or
-- account) it tried and one under the address it came from, both as hashes. Rows older than the
-- throttle's window are deleted as attempts come.
CREATE TABLE sign_in_attempt (
    throttle_key TEXT    NOT NULL,
    attempt      TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    PRIMARY KEY (throttle_key, attempt)
);
CREATE INDEX sign_in_attempt_key ON sign_in_attempt (throttle_key, at);
CREATE INDEX sign_in_attempt_at ON sign_in_attempt (at);
