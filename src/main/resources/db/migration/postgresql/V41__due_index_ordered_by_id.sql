-- The id right after the due day: the next people to fall due (ORDER BY due_day, id LIMIT n) are
-- read in index order, stopping at n, instead of all the people due later, sorted. PostgreSQL also
-- needs the id in the index to answer the planner's due query from the index alone (SQLite keeps
-- the rowid in every index).
DROP INDEX person_due;
CREATE INDEX person_due ON person (account_id, due_day, id, last_touch_day, started_day, rhythm_days, why,
                                   created_day, snoozed_on, snoozed_until, skipped_on, deleted_at)
    WHERE deleted_at IS NULL AND due_day IS NOT NULL;
