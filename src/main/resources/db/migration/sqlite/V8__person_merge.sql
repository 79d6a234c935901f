-- Merges of two people into one, kept so that a merge can be undone for 30 days. kept_before is
-- the kept person as they were (their fields and lists, as JSON); the moved_* columns list the ids
-- of the rows that were moved from the merged person to the kept one (comma-separated).
-- Purging the merged person (30 days after the merge deleted them) purges the record too.
CREATE TABLE person_merge (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id          INTEGER NOT NULL,
    kept_id             INTEGER NOT NULL,
    merged_id           INTEGER NOT NULL,
    kept_name           TEXT    NOT NULL,
    merged_name         TEXT    NOT NULL,
    kept_before         TEXT    NOT NULL,
    moved_touchpoints   TEXT    NOT NULL,
    moved_asks          TEXT    NOT NULL,
    moved_intros_a      TEXT    NOT NULL,
    moved_intros_b      TEXT    NOT NULL,
    moved_intro_events  TEXT    NOT NULL,
    merged_at           INTEGER NOT NULL,
    FOREIGN KEY (account_id, kept_id) REFERENCES person (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, merged_id) REFERENCES person (account_id, id) ON DELETE CASCADE
);
CREATE INDEX person_merge_account ON person_merge (account_id, merged_at);
