-- PostgreSQL marks a bulk insert's people for contact sync and search once per statement instead
-- of once per row (see the PostgreSQL migration of the same number). SQLite's row triggers cost
-- little and SQLite has no statement triggers: nothing changes here.
SELECT 1;
