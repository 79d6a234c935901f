-- The People list: its name order without a sort, and its other orders and filters by why and due
-- date from an index-only scan. Unlike the SQLite index of the same name it leaves out
-- search_text: a person with many emails and topics would exceed PostgreSQL's limit on an index
-- entry (about 2.7 kB), and PostgreSQL scans the rows for a search fast enough (measured at 30,000
-- people: under 40 ms for any filter and order, row fetching included).
CREATE INDEX person_list ON person (account_id, name_key, id, why, due_day, last_touch_day)
    WHERE deleted_at IS NULL;
