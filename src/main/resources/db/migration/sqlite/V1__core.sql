-- Kith's core schema (SQLite). Conventions, shared with the PostgreSQL folder:
--   *_day  columns are calendar dates as days since 1970-01-01 (LocalDate.toEpochDay), so the
--          planner's date arithmetic is the same plain integer SQL on both stores;
--   *_at   columns are instants in milliseconds since the epoch (UTC);
--   every table holding a user's data carries account_id, and every query is scoped by it.

CREATE TABLE account (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT UNIQUE,                 -- null for the owner until it gets a sign-in
    password_hash TEXT,
    is_owner      INTEGER NOT NULL DEFAULT 0,
    capacity      INTEGER NOT NULL DEFAULT 5,
    time_zone     TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);
-- At most one owner: two commands making it on first use at once cannot both succeed.
CREATE UNIQUE INDEX account_one_owner ON account (is_owner) WHERE is_owner = 1;

CREATE TABLE api_token (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,      -- SHA-256 of the token; the token itself is shown once
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX api_token_account ON api_token (account_id);

CREATE TABLE circle (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL,              -- lower-cased name: circle names are unique regardless of case
    rhythm_days INTEGER,                       -- default rhythm of its members; null = no rhythm
    created_at  INTEGER NOT NULL,
    UNIQUE (account_id, name_key),
    UNIQUE (account_id, id)
);

CREATE TABLE person (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    name_key        TEXT    NOT NULL,          -- lower-cased name: finding a person by what a user types
    company         TEXT,
    role            TEXT,
    location        TEXT,
    linkedin_url    TEXT,
    birthday        TEXT,                      -- YYYY-MM-DD, or --MM-DD when the year is unknown
    how_we_met      TEXT,
    why             TEXT,                      -- awesome | connector | both
    notes           TEXT,                      -- Markdown
    search_text     TEXT    NOT NULL,          -- lower-cased name, company, role, emails, topics: for search
    own_rhythm_days INTEGER,                   -- the person's own rhythm; null = the shortest of their circles
    rhythm_days     INTEGER,                   -- the rhythm in force; null = not tracked
    started_day     INTEGER NOT NULL,          -- when the clock started for someone never touched
    last_touch_day  INTEGER,
    due_day         INTEGER,                   -- (last touch, else started) + rhythm; null = not tracked
    snoozed_on      INTEGER,
    snoozed_until   INTEGER,
    skipped_on      INTEGER,
    created_day     INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER,
    UNIQUE (account_id, id)
);
-- The planner's query: who is due by a date. Covering, so Today reads no table rows.
CREATE INDEX person_due ON person (account_id, due_day, last_touch_day, started_day, rhythm_days, why,
                                   created_day, snoozed_on, snoozed_until, skipped_on)
    WHERE deleted_at IS NULL AND due_day IS NOT NULL;
-- People touched on or after a day (the planner looks at the day's state before those touches).
CREATE INDEX person_last_touch ON person (account_id, last_touch_day) WHERE deleted_at IS NULL;
CREATE INDEX person_name ON person (account_id, name_key) WHERE deleted_at IS NULL;

CREATE TABLE person_email (
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    email      TEXT    NOT NULL,
    PRIMARY KEY (person_id, position),
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX person_email_lookup ON person_email (account_id, email);

CREATE TABLE person_phone (
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    phone      TEXT    NOT NULL,
    PRIMARY KEY (person_id, position),
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);

CREATE TABLE person_topic (
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    topic      TEXT    NOT NULL,
    PRIMARY KEY (person_id, position),
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX person_topic_lookup ON person_topic (account_id, topic);

CREATE TABLE circle_member (
    account_id INTEGER NOT NULL,
    circle_id  INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    PRIMARY KEY (circle_id, person_id),
    FOREIGN KEY (account_id, circle_id) REFERENCES circle (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX circle_member_person ON circle_member (account_id, person_id);

CREATE TABLE touchpoint (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    channel    TEXT    NOT NULL,
    direction  TEXT    NOT NULL,
    note       TEXT,
    created_at INTEGER NOT NULL,
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX touchpoint_person ON touchpoint (account_id, person_id, day);
