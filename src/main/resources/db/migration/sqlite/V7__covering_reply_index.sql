-- Today's replies: who reached out in the last 30 days and waits for an answer. At 30,000 people
-- about a tenth reached out in a month; reading each of their rows to find the few tracked and
-- unanswered ones cost Today about 4 ms at L. With what the query reads in the index, SQLite
-- answers it from the index alone (0.3 ms).
DROP INDEX person_last_in;
CREATE INDEX person_last_in ON person (account_id, last_in_day, last_out_day, rhythm_days, snoozed_on, snoozed_until,
                                       skipped_on, deleted_at)
    WHERE deleted_at IS NULL AND last_in_day IS NOT NULL;
