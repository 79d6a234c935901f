-- Which waits of the sign-in throttle the audit log has told of: one row per email (as a hash) and
-- end of its wait, inserted by whichever node refuses it first; another node's insert finds the
-- row there and writes no second line. Rows whose wait is over are deleted as refusals come.
CREATE TABLE sign_in_refusal (
    throttle_key TEXT   NOT NULL,
    wait_until   BIGINT NOT NULL,
    PRIMARY KEY (throttle_key, wait_until)
);
