-- "Who knows" on a server of many accounts: each account's documents become one range of rowids
-- (the account's id times 2^32, plus the person's id), so a search seeks a word's postings to
-- its account's range and reads only those, not every account's (see search.SqliteEngine). The
-- documents are copied as they are, in the new order: nothing to rebuild, and the people marked
-- stale in who_stale are still rebuilt by the next search.
CREATE VIRTUAL TABLE who_doc_by_account USING fts5(
    account_id UNINDEXED,
    name, topics, role, needs, company, location, met, notes, touchpoints, asks, intros,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO who_doc_by_account (rowid, account_id, name, topics, role, needs, company, location, met, notes,
                                touchpoints, asks, intros)
SELECT account_id * 4294967296 + rowid, account_id, name, topics, role, needs, company, location, met, notes,
       touchpoints, asks, intros
FROM who_doc ORDER BY account_id, rowid;
DROP TABLE who_doc;
ALTER TABLE who_doc_by_account RENAME TO who_doc;
