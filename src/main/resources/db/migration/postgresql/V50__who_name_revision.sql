-- A count per account, one up whenever people's names are indexed with other words than they
-- had, in the same transaction as who_name: a node keeps the account's distinct name words in
-- memory (a typo search compares them all) for as long as the count it read them at is the
-- account's count. No row yet: 0.
CREATE TABLE who_name_revision (
    account_id BIGINT NOT NULL PRIMARY KEY,
    revision   BIGINT NOT NULL
);
