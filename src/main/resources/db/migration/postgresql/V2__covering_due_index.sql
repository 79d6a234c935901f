-- The planner's due query also filters on deleted_at; with it in the index, SQLite answers
-- Today from the index alone instead of reading each due person's row.
DROP INDEX person_due;
CREATE INDEX person_due ON person (account_id, due_day, last_touch_day, started_day, rhythm_days, why,
                                   created_day, snoozed_on, snoozed_until, skipped_on, deleted_at)
    WHERE deleted_at IS NULL AND due_day IS NOT NULL;
