-- "Who knows": a full-text document per person, one column per field so bm25() can weigh them
-- (what they know and do above where they are, above a passing mention in a note). The rowid is
-- the person's id. Porter stemming: "accountant" finds "accounting", "advisers" finds "adviser".
CREATE VIRTUAL TABLE who_doc USING fts5(
    account_id UNINDEXED,
    name, topics, role, needs, company, location, met, notes, touchpoints, asks, intros,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- People whose document is out of date. Triggers mark them in the same transaction as the write
-- (a note edited, a touchpoint logged, an import in bulk); the next search rebuilds their
-- documents before it runs, so a search never sees a stale document.
CREATE TABLE who_stale (
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    PRIMARY KEY (account_id, person_id)
);

-- Existing people are indexed by the first search after the migration.
INSERT INTO who_stale (account_id, person_id) SELECT account_id, id FROM person;

CREATE TRIGGER who_person_ins AFTER INSERT ON person BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.id);
END;
CREATE TRIGGER who_person_upd AFTER UPDATE OF name, company, role, location, how_we_met, notes, deleted_at ON person BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.id);
END;
CREATE TRIGGER who_person_del AFTER DELETE ON person BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.id);
END;
CREATE TRIGGER who_topic_ins AFTER INSERT ON person_topic BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_id);
END;
CREATE TRIGGER who_topic_del AFTER DELETE ON person_topic BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_id);
END;
CREATE TRIGGER who_need_ins AFTER INSERT ON person_need BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_id);
END;
CREATE TRIGGER who_need_del AFTER DELETE ON person_need BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_id);
END;
CREATE TRIGGER who_touchpoint_ins AFTER INSERT ON touchpoint BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_id);
END;
CREATE TRIGGER who_touchpoint_upd AFTER UPDATE ON touchpoint BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_id);
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_id);
END;
CREATE TRIGGER who_touchpoint_del AFTER DELETE ON touchpoint BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_id);
END;
CREATE TRIGGER who_ask_ins AFTER INSERT ON ask BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_id);
END;
CREATE TRIGGER who_ask_upd AFTER UPDATE OF text, person_id ON ask BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_id);
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_id);
END;
CREATE TRIGGER who_ask_del AFTER DELETE ON ask BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_id);
END;
CREATE TRIGGER who_ask_event_ins AFTER INSERT ON ask_event BEGIN
    INSERT OR IGNORE INTO who_stale
        SELECT account_id, person_id FROM ask WHERE account_id = NEW.account_id AND id = NEW.ask_id;
END;
CREATE TRIGGER who_ask_event_upd AFTER UPDATE OF note ON ask_event BEGIN
    INSERT OR IGNORE INTO who_stale
        SELECT account_id, person_id FROM ask WHERE account_id = NEW.account_id AND id = NEW.ask_id;
END;
CREATE TRIGGER who_intro_ins AFTER INSERT ON introduction BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_a);
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_b);
END;
CREATE TRIGGER who_intro_upd AFTER UPDATE OF reason, person_a, person_b ON introduction BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_a);
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_b);
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_a);
    INSERT OR IGNORE INTO who_stale VALUES (NEW.account_id, NEW.person_b);
END;
CREATE TRIGGER who_intro_del AFTER DELETE ON introduction BEGIN
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_a);
    INSERT OR IGNORE INTO who_stale VALUES (OLD.account_id, OLD.person_b);
END;
CREATE TRIGGER who_intro_event_ins AFTER INSERT ON introduction_event BEGIN
    INSERT OR IGNORE INTO who_stale
        SELECT account_id, person_a FROM introduction WHERE account_id = NEW.account_id AND id = NEW.introduction_id;
    INSERT OR IGNORE INTO who_stale
        SELECT account_id, person_b FROM introduction WHERE account_id = NEW.account_id AND id = NEW.introduction_id;
END;
