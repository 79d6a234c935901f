-- A count per account, one up each time the distinct words of its people's names change, in the
-- same transaction as who_name: a node keeps the account's distinct name words in memory (a typo
-- search compares them all) for as long as the count it read them at is the account's count.
-- No row yet: 0.
CREATE TABLE who_name_revision (
    account_id INTEGER NOT NULL PRIMARY KEY,
    revision   INTEGER NOT NULL
);
