-- The touchpoints a step of an ask or an introduction logged, so that undoing the step (on Today,
-- the same day) removes exactly them. Introducing logs one on each side: the second is
-- other_touchpoint_id. No foreign key: a touchpoint deleted on the timeline leaves the step as it
-- was, and the undo has nothing more to remove.
ALTER TABLE ask_event ADD COLUMN touchpoint_id BIGINT;
ALTER TABLE introduction_event ADD COLUMN touchpoint_id BIGINT;
ALTER TABLE introduction_event ADD COLUMN other_touchpoint_id BIGINT;
