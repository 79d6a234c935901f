-- A mailbox Kith reads message headers from (IMAP), at most one per account. The password is
-- sealed with a key kept outside the database (the data folder's secret.key or KITH_SECRET_KEY):
-- a copy of the database alone does not open the mailbox. claim/claimed_at: the node syncing it
-- now, so that two nodes never read one mailbox at once.
CREATE TABLE mailbox (
    account_id     BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    host           TEXT    NOT NULL,
    port           INTEGER NOT NULL,
    tls            INTEGER NOT NULL,
    username       TEXT    NOT NULL,
    password_seal  TEXT    NOT NULL,
    connected_at   BIGINT  NOT NULL,
    claim          TEXT,
    claimed_at     BIGINT,
    last_run_at    BIGINT,
    last_read      INTEGER,
    last_added     INTEGER,
    last_error     TEXT,
    last_error_at  BIGINT
);

-- Where each folder was read up to: the folder's UIDVALIDITY and the last UID read. A changed
-- UIDVALIDITY means the UIDs were renumbered: the folder is read again from the start (the
-- Message-ID keys in touchpoint_import_key keep it from logging anything twice).
CREATE TABLE mailbox_folder (
    account_id   BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    folder       TEXT   NOT NULL,
    uid_validity BIGINT NOT NULL,
    last_uid     BIGINT NOT NULL,
    PRIMARY KEY (account_id, folder)
);

-- Addresses (ada@example.com) and domains (@example.com) whose mail is never a touchpoint nor a
-- suggestion.
CREATE TABLE mail_ignore (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    pattern    TEXT   NOT NULL,
    PRIMARY KEY (account_id, pattern)
);

-- Correspondents who are not people in Kith, counted by direction (never a subject or a body),
-- suggested as new people once they write often.
CREATE TABLE mail_correspondent (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    address    TEXT    NOT NULL,
    name       TEXT,
    received   INTEGER NOT NULL DEFAULT 0,
    sent       INTEGER NOT NULL DEFAULT 0,
    last_day   INTEGER NOT NULL,
    PRIMARY KEY (account_id, address)
);
