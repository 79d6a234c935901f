-- Today tells the truth, and people are tracked from the first one.
--   default_rhythm_days: the rhythm of a person added by hand with no rhythm and no circle (null: none);
--   follow_up_share:     the percent of Today's slots follow-ups (asks, introductions, replies) may
--                        take while people are due by their rhythm;
--   reply_window_days:   someone who reached out longer ago than this is no longer a Today item;
--   your_name:           the user's own name, to sign messages with.
ALTER TABLE account ADD COLUMN default_rhythm_days INTEGER DEFAULT 30;
ALTER TABLE account ADD COLUMN follow_up_share INTEGER NOT NULL DEFAULT 50;
ALTER TABLE account ADD COLUMN reply_window_days INTEGER NOT NULL DEFAULT 14;
ALTER TABLE account ADD COLUMN your_name TEXT;

-- Birthdays on Today: the people whose birthday (YYYY-MM-DD or --MM-DD) falls on a month and day,
-- found by its last five characters without reading every person of the account.
CREATE INDEX person_birthday ON person (account_id, substr(birthday, length(birthday) - 4))
    WHERE birthday IS NOT NULL AND deleted_at IS NULL;
