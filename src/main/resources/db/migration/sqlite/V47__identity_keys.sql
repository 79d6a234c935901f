-- An import looks up the people its rows name by their identity keys (IdentityKeys: a phone's
-- digits, a LinkedIn address without scheme, www. or trailing slashes), not by reading and
-- normalising every phone and address of the account. Emails need no key of their own: they are
-- stored lower-cased, which is their key, and person_email_lookup finds them.
ALTER TABLE person_phone ADD COLUMN phone_key TEXT;
ALTER TABLE person ADD COLUMN linkedin_key TEXT;

-- A key is no part of the card: filling it in is no change a phone syncing contacts must fetch.
DROP TRIGGER dav_phone_upd;
CREATE TRIGGER dav_phone_upd AFTER UPDATE OF account_id, person_id, position, phone ON person_phone BEGIN
    INSERT INTO dav_revision (account_id, revision) VALUES (NEW.account_id, 1)
        ON CONFLICT (account_id) DO UPDATE SET revision = revision + 1;
    INSERT INTO dav_change (account_id, person_id, revision)
        SELECT NEW.account_id, NEW.person_id, (SELECT revision FROM dav_revision WHERE account_id = NEW.account_id) WHERE true
        ON CONFLICT (account_id, person_id) DO UPDATE SET revision = excluded.revision;
END;

-- A phone holds only digits and + ( ) - . / x and spaces (CleanPerson): its key is 'phone:' and
-- its digits, when there are at least seven.
UPDATE person_phone SET phone_key = 'phone:' || replace(replace(replace(replace(replace(replace(replace(replace(
    phone, '+', ''), '(', ''), ')', ''), '-', ''), '.', ''), '/', ''), 'x', ''), ' ', '');
UPDATE person_phone SET phone_key = NULL WHERE length(phone_key) < length('phone:') + 7;

-- A LinkedIn address is stored as https://HOST/PATH (CleanPerson). Its key, as Java makes it:
-- lower-cased, without the scheme, then without one leading www. or two-letter subdomain, then
-- without trailing slashes. SQLite lower-cases ASCII letters only; a capital letter beyond ASCII
-- in an address saved before now keeps its case in the key.
UPDATE person SET linkedin_key = lower(linkedin_url) WHERE linkedin_url IS NOT NULL;
UPDATE person SET linkedin_key = CASE
        WHEN linkedin_key LIKE 'https://%' THEN substr(linkedin_key, 9)
        WHEN linkedin_key LIKE 'http://%' THEN substr(linkedin_key, 8)
        ELSE linkedin_key END
    WHERE linkedin_key IS NOT NULL;
UPDATE person SET linkedin_key = 'linkedin:' || rtrim(CASE
        WHEN linkedin_key GLOB 'www.*' THEN substr(linkedin_key, 5)
        WHEN linkedin_key GLOB '[a-z][a-z].*' THEN substr(linkedin_key, 4)
        ELSE linkedin_key END, '/')
    WHERE linkedin_key IS NOT NULL;

CREATE INDEX person_phone_key ON person_phone (account_id, phone_key);
CREATE INDEX person_linkedin_key ON person (account_id, linkedin_key) WHERE deleted_at IS NULL;
