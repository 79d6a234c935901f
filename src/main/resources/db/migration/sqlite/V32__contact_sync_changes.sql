-- What a phone syncing contacts (CardDAV) needs to ask "what changed since I last looked?"
-- (RFC 6578 sync tokens, and the getctag of an address book): a revision per account, counted up
-- by every write that changes what a person's card shows, and per person the revision of their
-- last change. A person deleted or in the trash keeps their row as a tombstone, so a phone learns
-- to remove them. Triggers mark the changes in the same transaction as the write (an edit, an
-- import, a merge, a delete, a circle renamed), so no caller has to remember to.
CREATE TABLE dav_revision (
    account_id INTEGER PRIMARY KEY,
    revision   INTEGER NOT NULL
);

CREATE TABLE dav_change (
    account_id INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,
    revision   INTEGER NOT NULL,
    PRIMARY KEY (account_id, person_id)
);
CREATE INDEX dav_change_since ON dav_change (account_id, revision);

CREATE TRIGGER dav_person_ins AFTER INSERT ON person BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_person_upd AFTER UPDATE OF name, company, role, location, linkedin_url, birthday, how_we_met, why, notes, own_rhythm_days, deleted_at ON person BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_person_del AFTER DELETE ON person BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (OLD.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT OLD.account_id, OLD.id, (SELECT revision FROM dav_revision WHERE account_id = OLD.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_email_ins AFTER INSERT ON person_email BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_email_upd AFTER UPDATE ON person_email BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_email_del AFTER DELETE ON person_email BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (OLD.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT OLD.account_id, OLD.person_id, (SELECT revision FROM dav_revision WHERE account_id = OLD.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_phone_ins AFTER INSERT ON person_phone BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_phone_upd AFTER UPDATE ON person_phone BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_phone_del AFTER DELETE ON person_phone BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (OLD.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT OLD.account_id, OLD.person_id, (SELECT revision FROM dav_revision WHERE account_id = OLD.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_topic_ins AFTER INSERT ON person_topic BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_topic_upd AFTER UPDATE ON person_topic BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_topic_del AFTER DELETE ON person_topic BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (OLD.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT OLD.account_id, OLD.person_id, (SELECT revision FROM dav_revision WHERE account_id = OLD.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_need_ins AFTER INSERT ON person_need BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_need_upd AFTER UPDATE ON person_need BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_need_del AFTER DELETE ON person_need BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (OLD.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT OLD.account_id, OLD.person_id, (SELECT revision FROM dav_revision WHERE account_id = OLD.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_member_ins AFTER INSERT ON circle_member BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_member_upd AFTER UPDATE ON circle_member BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_member_del AFTER DELETE ON circle_member BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (OLD.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT OLD.account_id, OLD.person_id, (SELECT revision FROM dav_revision WHERE account_id = OLD.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

CREATE TRIGGER dav_circle_upd AFTER UPDATE OF name ON circle BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, m.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id)
        FROM circle_member m WHERE m.account_id = NEW.account_id AND m.circle_id = NEW.id
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;
