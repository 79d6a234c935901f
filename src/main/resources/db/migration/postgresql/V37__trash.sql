-- The trash of circles, asks, introductions, touchpoints and message starters: deleting one moves
-- its rows into a trashed_ twin of its table (same columns), so that every query over the live
-- tables stays as it is, and restoring moves them back with the same ids. trash_item lists what
-- is in the trash, with the words to show and when it was deleted; after 30 days the purge drops
-- the item and its rows. People keep their own trash (person.deleted_at).
CREATE TABLE trash_item (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL,                -- circle | ask | introduction | touchpoint | template
    item_id    BIGINT NOT NULL,
    label      TEXT   NOT NULL,                -- what it was, in words: "Monthly (12 people)"
    person_id  BIGINT,                            -- whom it was about, if anyone (touchpoints, asks)
    deleted_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, kind, item_id)
);
CREATE INDEX trash_item_deleted ON trash_item (deleted_at);

CREATE TABLE trashed_circle (
    id          BIGINT NOT NULL,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL,
    rhythm_days INTEGER,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (account_id, id)
);

CREATE TABLE trashed_circle_member (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    circle_id  BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (account_id, circle_id, person_id)
);

CREATE TABLE trashed_touchpoint (
    id         BIGINT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    person_id  BIGINT NOT NULL,
    day        INTEGER NOT NULL,
    channel    TEXT    NOT NULL,
    direction  TEXT    NOT NULL,
    note       TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, id)
);

CREATE TABLE trashed_ask (
    id                BIGINT NOT NULL,
    account_id        BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    person_id         BIGINT NOT NULL,
    text              TEXT    NOT NULL,
    channel           TEXT    NOT NULL,
    asked_day         INTEGER NOT NULL,
    state             TEXT    NOT NULL,
    punted_to_day     INTEGER,
    follow_ups        INTEGER NOT NULL,
    last_activity_day INTEGER NOT NULL,
    closed_day        INTEGER,
    created_at        BIGINT NOT NULL,
    PRIMARY KEY (account_id, id)
);

CREATE TABLE trashed_ask_event (
    id            BIGINT NOT NULL,
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    ask_id        BIGINT NOT NULL,
    day           INTEGER NOT NULL,
    kind          TEXT    NOT NULL,
    punted_to_day INTEGER,
    note          TEXT,
    created_at    BIGINT NOT NULL,
    touchpoint_id BIGINT,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX trashed_ask_event_ask ON trashed_ask_event (account_id, ask_id);

CREATE TABLE trashed_introduction (
    id             BIGINT NOT NULL,
    account_id     BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    person_a       BIGINT NOT NULL,
    person_b       BIGINT NOT NULL,
    reason         TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    a_answer       TEXT,
    b_answer       TEXT,
    a_asked_day    INTEGER,
    b_asked_day    INTEGER,
    introduced_day INTEGER,
    channel        TEXT,
    closed_day     INTEGER,
    proposed_day   INTEGER NOT NULL,
    created_at     BIGINT NOT NULL,
    PRIMARY KEY (account_id, id)
);

CREATE TABLE trashed_introduction_event (
    id                  BIGINT NOT NULL,
    account_id          BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    introduction_id     BIGINT NOT NULL,
    day                 INTEGER NOT NULL,
    kind                TEXT    NOT NULL,
    person_id           BIGINT,
    note                TEXT,
    created_at          BIGINT NOT NULL,
    touchpoint_id       BIGINT,
    other_touchpoint_id BIGINT,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX trashed_introduction_event_intro ON trashed_introduction_event (account_id, introduction_id);

CREATE TABLE trashed_message_template (
    id         BIGINT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, id)
);
