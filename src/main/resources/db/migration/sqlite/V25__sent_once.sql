-- Changes a phone made offline and sent when it was back online, each named by an id the device
-- made: a change sent twice (a retry, a replay after a lost answer) is written once. The write
-- and this row commit together; result_id is what the first request made (a touchpoint), if any.
CREATE TABLE sent_once (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    client_id  TEXT    NOT NULL,
    result_id  INTEGER,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, client_id)
);
CREATE INDEX sent_once_created ON sent_once (account_id, created_at);
