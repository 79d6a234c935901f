-- What a contacts file changed about someone already here (their role, company or town), kept so
-- their timeline can say it ("Role: Engineer → Staff Engineer at Stripe, from a LinkedIn import")
-- and Today can bring up a new job. One row per field; a job change writes both role and company,
-- the one that stayed with old_value = new_value. Deleted with the person.
CREATE TABLE person_change (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL,
    person_id   INTEGER NOT NULL,
    changed_day INTEGER NOT NULL,                -- days since 1970-01-01, in the account's time zone
    field       TEXT    NOT NULL,                -- role, company or location
    old_value   TEXT,                            -- null: it was not known
    new_value   TEXT,
    source      TEXT    NOT NULL,                -- what changed it, in words: "LinkedIn import"
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX person_change_person ON person_change (account_id, person_id, changed_day);
CREATE INDEX person_change_day ON person_change (account_id, changed_day);
