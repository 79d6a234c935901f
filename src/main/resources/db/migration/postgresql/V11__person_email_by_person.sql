-- Deleting a person looks up their emails by (account_id, person_id), as the foreign key says.
-- Without an index of those columns SQLite chose person_email_lookup (account_id, email) and read
-- every email of the account for each person: taking back an import of 30,000 people took minutes.
CREATE INDEX person_email_person ON person_email (account_id, person_id);
