-- What an import of conversation history has logged already, one key per person, day and
-- direction (e.g. linkedin-messages:42:19787:in), so that importing the same export again, or a
-- later one that overlaps, logs nothing twice. Kept when the touchpoint is deleted: a touchpoint
-- taken away by hand does not come back with the next import.
CREATE TABLE touchpoint_import_key (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    import_key TEXT   NOT NULL,
    PRIMARY KEY (account_id, import_key)
);
