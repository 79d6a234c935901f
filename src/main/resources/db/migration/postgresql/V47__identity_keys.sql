-- An import looks up the people its rows name by their identity keys (IdentityKeys: a phone's
-- digits, a LinkedIn address without scheme, www. or trailing slashes), not by reading and
-- normalising every phone and address of the account. Emails need no key of their own: they are
-- stored lower-cased, which is their key, and person_email_lookup finds them.
ALTER TABLE person_phone ADD COLUMN phone_key TEXT;
ALTER TABLE person ADD COLUMN linkedin_key TEXT;

-- A key is no part of the card: filling it in is no change a phone syncing contacts must fetch.
DROP TRIGGER dav_phone ON person_phone;
CREATE TRIGGER dav_phone AFTER DELETE OR UPDATE OF account_id, person_id, position, phone ON person_phone
    FOR EACH ROW EXECUTE FUNCTION dav_mark_person('person_id');

-- The same normalisation as IdentityKeys.phone and IdentityKeys.linkedin.
UPDATE person_phone SET phone_key = 'phone:' || regexp_replace(phone, '[^0-9]', '', 'g')
    WHERE length(regexp_replace(phone, '[^0-9]', '', 'g')) >= 7;
UPDATE person SET linkedin_key = 'linkedin:' || regexp_replace(regexp_replace(regexp_replace(lower(linkedin_url),
        '^https?://', ''), '^(www\.|[a-z]{2}\.)', ''), '/+$', '')
    WHERE linkedin_url IS NOT NULL;

CREATE INDEX person_phone_key ON person_phone (account_id, phone_key);
CREATE INDEX person_linkedin_key ON person (account_id, linkedin_key) WHERE deleted_at IS NULL;
