-- A bulk insert (the demo, an import) marked each row on its own: one row of dav_revision was
-- updated once per inserted email, topic or member, and PostgreSQL keeps every version of that row
-- until the transaction ends, so each update walked all the earlier ones (an L demo took minutes).
-- Inserts are now marked once per statement, from the rows it inserted: one new revision per
-- account for all its people in the statement, and their who-knows documents marked stale at once.
-- Updates and deletes, a row or a few at a time, keep the row triggers of V18 and V32.

-- The account's next revision, given to several people at once.
CREATE FUNCTION dav_mark_many(account BIGINT, people BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    next BIGINT;
BEGIN
    INSERT INTO dav_revision AS r (account_id, revision) VALUES (account, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = r.revision + 1
        RETURNING r.revision INTO next;
    INSERT INTO dav_change AS c (account_id, person_id, revision)
        SELECT account, p, next FROM unnest(people) AS p
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;
$$;

CREATE FUNCTION dav_mark_inserted_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dav_mark_many(account_id, array_agg(DISTINCT id)) FROM inserted GROUP BY account_id;
    RETURN NULL;
END;
$$;

-- For the tables whose rows belong to a person through person_id.
CREATE FUNCTION dav_mark_inserted_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dav_mark_many(account_id, array_agg(DISTINCT person_id)) FROM inserted GROUP BY account_id;
    RETURN NULL;
END;
$$;

CREATE FUNCTION who_mark_inserted_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO who_stale SELECT DISTINCT account_id, id FROM inserted ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE FUNCTION who_mark_inserted_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO who_stale SELECT DISTINCT account_id, person_id FROM inserted ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

DROP TRIGGER dav_person_ins ON person;
CREATE TRIGGER dav_person_del AFTER DELETE ON person FOR EACH ROW EXECUTE FUNCTION dav_mark_person('id');
CREATE TRIGGER dav_person_ins AFTER INSERT ON person REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION dav_mark_inserted_people();

DROP TRIGGER dav_email ON person_email;
CREATE TRIGGER dav_email AFTER UPDATE OR DELETE ON person_email FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_email_ins AFTER INSERT ON person_email REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION dav_mark_inserted_rows();

DROP TRIGGER dav_phone ON person_phone;
CREATE TRIGGER dav_phone AFTER UPDATE OR DELETE ON person_phone FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_phone_ins AFTER INSERT ON person_phone REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION dav_mark_inserted_rows();

DROP TRIGGER dav_topic ON person_topic;
CREATE TRIGGER dav_topic AFTER UPDATE OR DELETE ON person_topic FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_topic_ins AFTER INSERT ON person_topic REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION dav_mark_inserted_rows();

DROP TRIGGER dav_need ON person_need;
CREATE TRIGGER dav_need AFTER UPDATE OR DELETE ON person_need FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_need_ins AFTER INSERT ON person_need REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION dav_mark_inserted_rows();

DROP TRIGGER dav_member ON circle_member;
CREATE TRIGGER dav_member AFTER UPDATE OR DELETE ON circle_member FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');
CREATE TRIGGER dav_member_ins AFTER INSERT ON circle_member REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION dav_mark_inserted_rows();

DROP TRIGGER who_person ON person;
CREATE TRIGGER who_person AFTER DELETE OR UPDATE OF name, company, role, location, how_we_met, notes, deleted_at
    ON person FOR EACH ROW EXECUTE FUNCTION who_mark_stale('id');
CREATE TRIGGER who_person_ins AFTER INSERT ON person REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION who_mark_inserted_people();

DROP TRIGGER who_topic ON person_topic;
CREATE TRIGGER who_topic AFTER DELETE ON person_topic FOR EACH ROW EXECUTE FUNCTION who_mark_stale('person_id');
CREATE TRIGGER who_topic_ins AFTER INSERT ON person_topic REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION who_mark_inserted_rows();

DROP TRIGGER who_need ON person_need;
CREATE TRIGGER who_need AFTER DELETE ON person_need FOR EACH ROW EXECUTE FUNCTION who_mark_stale('person_id');
CREATE TRIGGER who_need_ins AFTER INSERT ON person_need REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION who_mark_inserted_rows();

DROP TRIGGER who_touchpoint ON touchpoint;
CREATE TRIGGER who_touchpoint AFTER UPDATE OR DELETE ON touchpoint FOR EACH ROW EXECUTE FUNCTION who_mark_stale('person_id');
CREATE TRIGGER who_touchpoint_ins AFTER INSERT ON touchpoint REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION who_mark_inserted_rows();
