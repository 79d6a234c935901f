-- Secrets the server makes once and every node shares: the remember-me signing key.
CREATE TABLE server_secret (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
