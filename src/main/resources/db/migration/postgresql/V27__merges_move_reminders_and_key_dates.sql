-- A merge moves the merged person's reminders and key dates to the kept one too; like the other
-- moved_* columns these list the ids moved (comma-separated), so an undo moves exactly those back.
-- Merges made before this had none to move.
ALTER TABLE person_merge ADD COLUMN moved_reminders TEXT NOT NULL DEFAULT '';
ALTER TABLE person_merge ADD COLUMN moved_key_dates TEXT NOT NULL DEFAULT '';
