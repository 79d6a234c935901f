-- Calendars an account subscribes to, read to log touchpoints: a private iCalendar address or a
-- CalDAV calendar. The address (a private iCalendar address is itself a secret) and the CalDAV
-- password are sealed with AES-GCM under a key kept in the data folder, never in the database;
-- host is the part shown. claimed_until keeps two nodes, or a fetch by hand and the hourly one,
-- from reading the same calendar at once.
CREATE TABLE calendar_subscription (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('ical', 'caldav')),
    host            TEXT    NOT NULL,
    url_sealed      TEXT    NOT NULL,
    username        TEXT,
    password_sealed TEXT,
    created_at      INTEGER NOT NULL,
    fetched_at      INTEGER,
    claimed_until   INTEGER,
    last_added      INTEGER NOT NULL DEFAULT 0,
    added_total     INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    UNIQUE (account_id, id)
);
CREATE INDEX calendar_subscription_account ON calendar_subscription (account_id);

-- The coming events of the last fetch with people in Kith, one row per event and person: when,
-- and what kind of meeting (video, coffee, meeting). Never titles, descriptions or places.
CREATE TABLE calendar_upcoming (
    account_id  INTEGER NOT NULL,
    calendar_id INTEGER NOT NULL,
    event_key   TEXT    NOT NULL,
    person_id   INTEGER NOT NULL,
    starts_at   INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    PRIMARY KEY (calendar_id, event_key, person_id),
    FOREIGN KEY (account_id, calendar_id) REFERENCES calendar_subscription (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX calendar_upcoming_person ON calendar_upcoming (account_id, person_id, starts_at);
