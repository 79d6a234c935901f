-- A one-off reminder about a person: it comes back on Today on due_day and stays there until a
-- touchpoint with the person on or after that day deals with it (a snooze moves it, a skip puts
-- it off to the next day: both are the person's marks, like a birthday's).
CREATE TABLE reminder (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    due_day    INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (account_id, id),
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX reminder_due ON reminder (account_id, due_day, person_id);
CREATE INDEX reminder_person ON reminder (account_id, person_id);

-- A date that matters about a person besides the birthday: once on its day, or every year on its
-- month and day (month_day, MM-DD; a 29 February on 28 February in the years without one).
CREATE TABLE key_date (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    label      TEXT    NOT NULL,
    day        INTEGER NOT NULL,
    month_day  TEXT    NOT NULL,
    yearly     INTEGER NOT NULL,              -- 1: every year; 0: once
    created_at INTEGER NOT NULL,
    UNIQUE (account_id, id),
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX key_date_month_day ON key_date (account_id, month_day);
CREATE INDEX key_date_person ON key_date (account_id, person_id);
