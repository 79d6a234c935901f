-- The words of each person's name, folded (lower case, no accents). A misspelt name ("Priya
-- Ramen") is compared with the account's distinct name words, a few thousand at most, instead of
-- with every person's name; rebuilt with the person's "who knows" document.
CREATE TABLE who_name (
    account_id INTEGER NOT NULL,
    word       TEXT    NOT NULL,
    person_id  INTEGER NOT NULL,
    PRIMARY KEY (account_id, word, person_id)
) WITHOUT ROWID;
CREATE INDEX who_name_person ON who_name (account_id, person_id);

-- Filled by the first search after the migration, as the documents are rebuilt.
INSERT OR IGNORE INTO who_stale (account_id, person_id) SELECT account_id, id FROM person;
