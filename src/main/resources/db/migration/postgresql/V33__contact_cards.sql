-- A card a phone made keeps the name it was put under (…/dav/…/{name}.vcf) and its UID, so the
-- phone finds it again as it knows it. Cards Kith made are named by the person's id and need no
-- row here. Rows outlive the person (ids are never reused), so a phone that syncs a month
-- after a delete still learns the card it knows is gone.
CREATE TABLE dav_card (
    account_id BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL,
    name       TEXT    NOT NULL,
    uid        TEXT    NOT NULL,
    PRIMARY KEY (account_id, person_id),
    UNIQUE (account_id, name)
);
