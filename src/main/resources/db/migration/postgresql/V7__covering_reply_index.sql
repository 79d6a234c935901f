-- Today's replies: who reached out in the last 30 days and waits for an answer, answered from the
-- index alone (an index-only scan) instead of reading a tenth of the people's rows at L.
DROP INDEX person_last_in;
CREATE INDEX person_last_in ON person (account_id, last_in_day, last_out_day, rhythm_days, snoozed_on, snoozed_until,
                                       skipped_on, id)
    WHERE deleted_at IS NULL AND last_in_day IS NOT NULL;
