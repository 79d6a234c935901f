-- "Who knows": a full-text document per person, weighted per field (A: name, topics, role, what
-- they look for; B: company, location; C: how we met, notes; D: touchpoint, ask and introduction
-- notes) over the english configuration, ranked with ts_rank_cd. The texts are kept beside the
-- vector to show why a person matched.
CREATE TABLE who_doc (
    person_id   BIGINT PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    topics      TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT '',
    needs       TEXT NOT NULL DEFAULT '',
    company     TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    met         TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    touchpoints TEXT NOT NULL DEFAULT '',
    asks        TEXT NOT NULL DEFAULT '',
    intros      TEXT NOT NULL DEFAULT '',
    doc tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name || ' ' || topics || ' ' || role || ' ' || needs), 'A') ||
        setweight(to_tsvector('english', company || ' ' || location), 'B') ||
        setweight(to_tsvector('english', met || ' ' || notes), 'C') ||
        setweight(to_tsvector('english', touchpoints || ' ' || asks || ' ' || intros), 'D')
    ) STORED
);
CREATE INDEX who_doc_search ON who_doc USING GIN (doc);
CREATE INDEX who_doc_account ON who_doc (account_id);

-- People whose document is out of date. Triggers mark them in the same transaction as the write
-- (a note edited, a touchpoint logged, an import in bulk); the next search rebuilds their
-- documents before it runs, so a search never sees a stale document.
CREATE TABLE who_stale (
    account_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (account_id, person_id)
);

-- Existing people are indexed by the first search after the migration.
INSERT INTO who_stale (account_id, person_id) SELECT account_id, id FROM person;

-- TG_ARGV names the columns holding a person's id (person: id; introduction: person_a, person_b).
CREATE FUNCTION who_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    col TEXT;
BEGIN
    FOREACH col IN ARRAY TG_ARGV LOOP
        IF TG_OP <> 'INSERT' THEN
            INSERT INTO who_stale VALUES ((to_jsonb(OLD) ->> 'account_id')::bigint, (to_jsonb(OLD) ->> col)::bigint)
                ON CONFLICT DO NOTHING;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO who_stale VALUES ((to_jsonb(NEW) ->> 'account_id')::bigint, (to_jsonb(NEW) ->> col)::bigint)
                ON CONFLICT DO NOTHING;
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE FUNCTION who_mark_ask_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO who_stale SELECT account_id, person_id FROM ask WHERE account_id = NEW.account_id AND id = NEW.ask_id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE FUNCTION who_mark_intro_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO who_stale
        SELECT account_id, person_a FROM introduction WHERE account_id = NEW.account_id AND id = NEW.introduction_id
        UNION SELECT account_id, person_b FROM introduction WHERE account_id = NEW.account_id AND id = NEW.introduction_id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER who_person AFTER INSERT OR DELETE OR UPDATE OF name, company, role, location, how_we_met, notes, deleted_at
    ON person FOR EACH ROW EXECUTE FUNCTION who_mark_stale('id');
CREATE TRIGGER who_topic AFTER INSERT OR DELETE ON person_topic FOR EACH ROW EXECUTE FUNCTION who_mark_stale('person_id');
CREATE TRIGGER who_need AFTER INSERT OR DELETE ON person_need FOR EACH ROW EXECUTE FUNCTION who_mark_stale('person_id');
CREATE TRIGGER who_touchpoint AFTER INSERT OR UPDATE OR DELETE ON touchpoint
    FOR EACH ROW EXECUTE FUNCTION who_mark_stale('person_id');
CREATE TRIGGER who_ask AFTER INSERT OR DELETE OR UPDATE OF text, person_id ON ask
    FOR EACH ROW EXECUTE FUNCTION who_mark_stale('person_id');
CREATE TRIGGER who_ask_event AFTER INSERT OR UPDATE OF note ON ask_event FOR EACH ROW EXECUTE FUNCTION who_mark_ask_stale();
CREATE TRIGGER who_intro AFTER INSERT OR DELETE OR UPDATE OF reason, person_a, person_b ON introduction
    FOR EACH ROW EXECUTE FUNCTION who_mark_stale('person_a', 'person_b');
CREATE TRIGGER who_intro_event AFTER INSERT ON introduction_event FOR EACH ROW EXECUTE FUNCTION who_mark_intro_stale();
