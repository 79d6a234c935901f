-- Imports are written a chunk at a time, each chunk a transaction of its own, so that other
-- writers get the store between chunks. What each chunk wrote is journaled in the same
-- transaction (import_undo: the ids it created, comma-separated, or what it changed, as JSON), so
-- an import that fails part-way, or whose process dies, is taken back whole from its journal. A
-- finished import deletes its run, and with it its journal.
CREATE TABLE import_run (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    owner       TEXT    NOT NULL,                -- the process writing it: host, pid, its start, a random id
    state       TEXT    NOT NULL,                -- running, or undoing once it is being taken back
    lease_until INTEGER NOT NULL,                -- ms; renewed by every chunk, taken back when it lapses
    started_at  INTEGER NOT NULL,
    UNIQUE (account_id, id)
);
CREATE TABLE import_undo (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL,
    run_id     INTEGER NOT NULL,
    kind       TEXT    NOT NULL,                 -- people, circles, templates, people-before, settings-before
    data       TEXT    NOT NULL,
    FOREIGN KEY (account_id, run_id) REFERENCES import_run (account_id, id) ON DELETE CASCADE
);
CREATE INDEX import_undo_run ON import_undo (run_id, id);
