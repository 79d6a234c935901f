-- Asks, introductions, reciprocity and message starters.

-- An account's follow-up habits: an ask waiting longer than follow_up_days is ignored and comes
-- back on Today; after follow_ups_before_drop follow-ups Kith suggests dropping it; an
-- introduction is checked on intro_follow_up_days after it was made.
ALTER TABLE account ADD COLUMN follow_up_days INTEGER NOT NULL DEFAULT 7;
ALTER TABLE account ADD COLUMN follow_ups_before_drop INTEGER NOT NULL DEFAULT 2;
ALTER TABLE account ADD COLUMN intro_follow_up_days INTEGER NOT NULL DEFAULT 14;

-- Who reached out last: the last touch they started (in) and the last one you started or shared
-- (out, mutual). Someone whose last_in_day is after last_out_day is waiting for your reply.
ALTER TABLE person ADD COLUMN last_in_day INTEGER;
ALTER TABLE person ADD COLUMN last_out_day INTEGER;
UPDATE person SET
    last_in_day = (SELECT MAX(t.day) FROM touchpoint t WHERE t.person_id = person.id AND t.direction = 'in'),
    last_out_day = (SELECT MAX(t.day) FROM touchpoint t WHERE t.person_id = person.id AND t.direction <> 'in');
CREATE INDEX person_last_in ON person (account_id, last_in_day) WHERE deleted_at IS NULL AND last_in_day IS NOT NULL;

-- What a person is looking for (topics someone else may know about); topic_key and need_key are
-- lower-cased so needs and topics match regardless of case.
CREATE TABLE person_need (
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    need       TEXT    NOT NULL,
    need_key   TEXT    NOT NULL,
    PRIMARY KEY (person_id, position),
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX person_need_lookup ON person_need (account_id, need_key);
ALTER TABLE person_topic ADD COLUMN topic_key TEXT;
UPDATE person_topic SET topic_key = lower(topic);
CREATE INDEX person_topic_key ON person_topic (account_id, topic_key);

-- Something asked of a person. The state is the latest of its events; the events are its history.
CREATE TABLE ask (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id        INTEGER NOT NULL,
    person_id         INTEGER NOT NULL,
    text              TEXT    NOT NULL,
    channel           TEXT    NOT NULL,
    asked_day         INTEGER NOT NULL,
    state             TEXT    NOT NULL,      -- waiting | punted | yes | no | dropped
    punted_to_day     INTEGER,
    follow_ups        INTEGER NOT NULL DEFAULT 0,
    last_activity_day INTEGER NOT NULL,      -- asked, followed up or replied: the waiting clock starts here
    closed_day        INTEGER,
    created_at        INTEGER NOT NULL,
    UNIQUE (account_id, id),
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX ask_open ON ask (account_id, state, last_activity_day);
CREATE INDEX ask_person ON ask (account_id, person_id);

CREATE TABLE ask_event (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    INTEGER NOT NULL,
    ask_id        INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    kind          TEXT    NOT NULL,          -- asked | followed-up | replied | punted | yes | no | dropped
    punted_to_day INTEGER,
    note          TEXT,
    created_at    INTEGER NOT NULL,
    FOREIGN KEY (account_id, ask_id) REFERENCES ask (account_id, id) ON DELETE CASCADE
);
CREATE INDEX ask_event_ask ON ask_event (account_id, ask_id, day);
CREATE INDEX ask_event_day ON ask_event (account_id, day);

-- Connecting two people: double opt-in, then the introduction, then how it went.
CREATE TABLE introduction (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id       INTEGER NOT NULL,
    person_a         INTEGER NOT NULL,
    person_b         INTEGER NOT NULL,
    reason           TEXT    NOT NULL,
    state            TEXT    NOT NULL,       -- proposed | declined | introduced | met | no-reply | not-a-fit
    a_answer         TEXT,                   -- null (not asked) | asked | agreed | declined
    b_answer         TEXT,
    a_asked_day      INTEGER,
    b_asked_day      INTEGER,
    introduced_day   INTEGER,
    channel          TEXT,
    closed_day       INTEGER,
    proposed_day     INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    UNIQUE (account_id, id),
    CHECK (person_a <> person_b),
    FOREIGN KEY (account_id, person_a) REFERENCES person (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_b) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX introduction_open ON introduction (account_id, state);
CREATE INDEX introduction_a ON introduction (account_id, person_a);
CREATE INDEX introduction_b ON introduction (account_id, person_b);

CREATE TABLE introduction_event (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL,
    introduction_id INTEGER NOT NULL,
    day             INTEGER NOT NULL,
    kind            TEXT    NOT NULL,        -- proposed | asked | agreed | declined | introduced | met | no-reply | not-a-fit
    person_id       INTEGER,                 -- the side an opt-in step is about
    note            TEXT,
    created_at      INTEGER NOT NULL,
    FOREIGN KEY (account_id, introduction_id) REFERENCES introduction (account_id, id) ON DELETE CASCADE
);
CREATE INDEX introduction_event_intro ON introduction_event (account_id, introduction_id, day);
CREATE INDEX introduction_event_day ON introduction_event (account_id, day);

-- The user's own message starters, beside the built-in ones.
CREATE TABLE message_template (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,             -- check-in | ask | follow-up | intro-opt-in | intro
    name       TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX message_template_account ON message_template (account_id, kind);
