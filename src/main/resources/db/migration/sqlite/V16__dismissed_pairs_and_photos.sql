-- Two people the user said are not one person: never suggested as likely duplicates again.
-- person_a is the lower id of the two. Purging either person purges the pair.
CREATE TABLE not_duplicate (
    account_id   INTEGER NOT NULL,
    person_a     INTEGER NOT NULL,
    person_b     INTEGER NOT NULL,
    dismissed_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, person_a, person_b),
    FOREIGN KEY (account_id, person_a) REFERENCES person (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_b) REFERENCES person (account_id, id) ON DELETE CASCADE
);
-- Deleting a person finds the pairs where they are the second by this index, not by a scan.
CREATE INDEX not_duplicate_b ON not_duplicate (account_id, person_b);

-- A person's photo, kept from an imported vCard: a small JPEG or PNG (at most 200 KB).
CREATE TABLE person_photo (
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    media_type TEXT    NOT NULL,              -- image/jpeg | image/png
    bytes      BLOB    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, person_id),
    FOREIGN KEY (account_id, person_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);

-- A merge that gave the kept person the merged one's photo (they had none): undone with it.
ALTER TABLE person_merge ADD COLUMN photo_copied INTEGER NOT NULL DEFAULT 0;
