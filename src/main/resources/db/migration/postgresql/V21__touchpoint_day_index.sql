-- Touchpoints by day: the weeks, the streak and the weekly review read a range of days, which
-- the person index (account, person, day) can only answer by reading every touchpoint.
CREATE INDEX touchpoint_day ON touchpoint (account_id, day, direction, person_id);
