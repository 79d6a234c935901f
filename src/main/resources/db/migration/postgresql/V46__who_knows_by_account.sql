-- "Who knows" on a server of many accounts: one GIN index over the account and the document, so
-- a search's matching rows come from the index for this account only. An index on the document
-- alone gives every account's rows of a common word; one on the account alone makes PostgreSQL
-- test each of the account's documents. btree_gin (a trusted extension shipped with PostgreSQL)
-- lets a GIN index hold the account's id beside the words.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX who_doc_account_search ON who_doc USING GIN (account_id, doc);
DROP INDEX who_doc_search;
DROP INDEX who_doc_account;
