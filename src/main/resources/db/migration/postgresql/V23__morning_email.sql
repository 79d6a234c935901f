-- The morning email: whether and when each account gets it (off until the user turns it on).
CREATE TABLE digest_setting (
    account_id BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    enabled    INTEGER NOT NULL DEFAULT 0,
    hour       INTEGER NOT NULL DEFAULT 7      -- 0 to 23, in the account's time zone
);

-- One row per account and local day, claimed before the email is sent, so that no two nodes
-- (nor a node restarted mid-send) send the same day twice:
--   claimed: a node holds it (claim) and has not started talking to the mail server yet;
--   sending: the message is on its way; a row left here by a node that died is never sent again;
--   sent;    failed: the mail server refused or was unreachable, tried again at next_try_at.
CREATE TABLE digest_send (
    account_id  BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,
    state       TEXT    NOT NULL,
    claim       TEXT    NOT NULL,
    claimed_at  BIGINT  NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    sent_at     BIGINT,
    error       TEXT,
    failed_at   BIGINT,
    next_try_at BIGINT,
    PRIMARY KEY (account_id, day)
);

-- The key that signs the email's links (Done, unsubscribe): made once, shared by every node.
CREATE TABLE digest_key (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value TEXT    NOT NULL
);
