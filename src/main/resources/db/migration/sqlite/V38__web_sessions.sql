-- Web sessions, in the store rather than in one server's memory: a browser signed in on one node
-- is signed in on every node of several (Spring Session JDBC's own schema, under our migrations so
-- SQLite and PostgreSQL get it alike). What a session holds is written with Java serialization:
-- the sign-in (account id, email, sign-in version; never a password hash), the CSRF token, a
-- pending import's name and place. Expired rows are deleted every minute by any node.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL PRIMARY KEY,
    session_id            CHAR(36)     NOT NULL,
    creation_time         INTEGER       NOT NULL,
    last_access_time      INTEGER       NOT NULL,
    max_inactive_interval INTEGER      NOT NULL,
    expiry_time           INTEGER       NOT NULL,
    principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BLOB        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
