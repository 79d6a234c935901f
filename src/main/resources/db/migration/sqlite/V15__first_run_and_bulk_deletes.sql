-- The first-run checklist on Today: started when an account first sees an empty Today, and kept
-- until the user goes on to Today. The steps that nothing else records (the capacity and time zone
-- looked at and set) are marked here; the others are read from the account's people.
CREATE TABLE first_run (
    account_id        INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    started_at        INTEGER NOT NULL,
    capacity_set_at   INTEGER,
    time_zone_set_at  INTEGER,
    finished_at       INTEGER
);

-- People deleted together from the People list share a random batch number, so one undo brings
-- back exactly them (deleted_at alone cannot tell two deletes in the same millisecond apart).
ALTER TABLE person ADD COLUMN deleted_batch INTEGER;
CREATE INDEX person_deleted_batch ON person (account_id, deleted_batch) WHERE deleted_batch IS NOT NULL;
