-- What a phone syncing contacts (CardDAV) needs to ask "what changed since I last looked?"
-- (RFC 6578 sync tokens, and the getctag of an address book): a revision per account, counted up
-- by every write that changes what a person's card shows, and per person the revision of their
-- last change. A person deleted or in the trash keeps their row as a tombstone, so a phone learns
-- to remove them. Triggers mark the changes in the same transaction as the write (an edit, an
-- import, a merge, a delete, a circle renamed), so no caller has to remember to.
CREATE TABLE dav_revision (
    account_id BIGINT PRIMARY KEY,
    revision   BIGINT NOT NULL
);

CREATE TABLE dav_change (
    account_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    revision   BIGINT NOT NULL,
    PRIMARY KEY (account_id, person_id)
);
CREATE INDEX dav_change_since ON dav_change (account_id, revision);

-- The account's next revision, given to a person. The row lock taken by the update orders
-- revisions as their transactions commit, so a phone never skips a change made concurrently.
CREATE FUNCTION dav_mark(account BIGINT, person BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    next BIGINT;
BEGIN
    INSERT INTO dav_revision AS r (account_id, revision) VALUES (account, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = r.revision + 1
        RETURNING r.revision INTO next;
    INSERT INTO dav_change AS c (account_id, person_id, revision) VALUES (account, person, next)
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;
$$;

-- TG_ARGV[0] names the column holding the person's id (person: id; the others: person_id).
CREATE FUNCTION dav_mark_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM dav_mark((to_jsonb(OLD) ->> 'account_id')::bigint, (to_jsonb(OLD) ->> TG_ARGV[0])::bigint);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (to_jsonb(NEW) ->> TG_ARGV[0]) IS DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[0])) THEN
        PERFORM dav_mark((to_jsonb(NEW) ->> 'account_id')::bigint, (to_jsonb(NEW) ->> TG_ARGV[0])::bigint);
    END IF;
    RETURN NULL;
END;
$$;

-- A renamed circle changes its members' CATEGORIES.
CREATE FUNCTION dav_mark_circle() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    member BIGINT;
BEGIN
    FOR member IN SELECT person_id FROM circle_member WHERE account_id = NEW.account_id AND circle_id = NEW.id LOOP
        PERFORM dav_mark(NEW.account_id, member);
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER dav_person_ins AFTER INSERT OR DELETE ON person FOR EACH ROW EXECUTE FUNCTION dav_mark_person('id');
CREATE TRIGGER dav_person_upd AFTER UPDATE OF name, company, role, location, linkedin_url, birthday, how_we_met, why,
    notes, own_rhythm_days, deleted_at ON person FOR EACH ROW EXECUTE FUNCTION dav_mark_person('id');
CREATE TRIGGER dav_email AFTER INSERT OR UPDATE OR DELETE ON person_email FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_phone AFTER INSERT OR UPDATE OR DELETE ON person_phone FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_topic AFTER INSERT OR UPDATE OR DELETE ON person_topic FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_need AFTER INSERT OR UPDATE OR DELETE ON person_need FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_member AFTER INSERT OR UPDATE OR DELETE ON circle_member FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_circle_upd AFTER UPDATE OF name ON circle FOR EACH ROW EXECUTE FUNCTION dav_mark_circle();
