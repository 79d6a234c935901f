-- Kith past one database: the same schema, sharded by account on Citus (distributed PostgreSQL).
--
-- Every table that holds a member's data carries account_id, and every query of Kith names the
-- account it is for (a test over Kith's SQL, AccountKeyedSqlTest, keeps it so). Distributing each
-- of those tables by account_id, all colocated with person, puts an account's rows on one node:
-- each query, join and transaction of a request runs on that node, unchanged.
--
-- How to use it, once, on the Citus coordinator:
--   1. Create the database and `CREATE EXTENSION citus;`, add the workers (citus_add_node).
--   2. Start Kith once against it (KITH_DB_URL=jdbc:postgresql://coordinator/kith kith serve):
--      Flyway creates the schema (and the btree_gin extension, which Citus creates on the workers
--      too: the who-knows index needs it on every shard). Stop it.
--   3. psql -v ON_ERROR_STOP=1 -f deploy/citus.sql  (on an empty or small database: Citus copies
--      existing rows into the shards as it distributes).
--   4. Start the Kith nodes. Later migrations run through the coordinator as before; a migration
--      that adds a table must add a line here too (the test CitusScriptTest fails until it does).
--
-- Kith's triggers (the who-knows index, CardDAV changes) write rows of the same account into
-- colocated tables; Citus runs such triggers on the shards only when told that this is safe:
ALTER SYSTEM SET citus.enable_unsafe_triggers = on;
SELECT pg_reload_conf();

BEGIN;

-- Global tables, on every node (reference tables).
--   account: one row per member, read by every request and the target of every table's foreign
--     key; sign-in finds it by email, which is no shard key. Small, written rarely: a reference
--     table serves all of that from each node, where a distributed one would fan sign-ins out.
--   api_token, remember_me, calendar_link: a bearer token, a remembered device, a calendar
--     feed's link are found by the hash of their secret, before the account is known.
--   digest_key: the server's key that signs the morning email's links.
SELECT create_reference_table('account');
SELECT create_reference_table('api_token');
SELECT create_reference_table('remember_me');
SELECT create_reference_table('calendar_link');
SELECT create_reference_table('digest_key');
-- invitation: a sign-up link is found by the hash of its token, by someone with no account yet.
SELECT create_reference_table('invitation');

-- Local to the coordinator (Citus local tables): the scheduler's claims and Flyway's history,
-- which belong to the cluster, not to an account.
-- Web sessions too: a session is found by its cookie before anyone is known, and every request
-- reads it, so it stays beside the coordinator that every node talks to.
-- local: scheduled_tasks
-- local: flyway_schema_history
-- local: spring_session
-- local: spring_session_attributes
-- The sign-in throttle's counts (and the waits the audit log told of) are found by the hash of an email or an address, before any
-- account is known, and every sign-in writes them: they stay beside the sessions.
-- local: sign_in_attempt
-- local: sign_in_refusal
SELECT citus_add_local_table_to_metadata('scheduled_tasks');
SELECT citus_add_local_table_to_metadata('spring_session', cascade_via_foreign_keys => true);
SELECT citus_add_local_table_to_metadata('sign_in_attempt');
SELECT citus_add_local_table_to_metadata('sign_in_refusal');

-- Citus wants the shard key in every primary and unique key of a distributed table. Kith's keys
-- are unique on their own (identity ids); prefixing account_id keeps them unique and every
-- foreign key already goes through (account_id, id).
ALTER TABLE person DROP CONSTRAINT person_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE circle DROP CONSTRAINT circle_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE circle_member DROP CONSTRAINT circle_member_pkey, ADD PRIMARY KEY (account_id, circle_id, person_id);
ALTER TABLE touchpoint DROP CONSTRAINT touchpoint_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE person_email DROP CONSTRAINT person_email_pkey, ADD PRIMARY KEY (account_id, person_id, position);
ALTER TABLE person_phone DROP CONSTRAINT person_phone_pkey, ADD PRIMARY KEY (account_id, person_id, position);
ALTER TABLE person_topic DROP CONSTRAINT person_topic_pkey, ADD PRIMARY KEY (account_id, person_id, position);
ALTER TABLE person_need DROP CONSTRAINT person_need_pkey, ADD PRIMARY KEY (account_id, person_id, position);
ALTER TABLE person_change DROP CONSTRAINT person_change_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE person_merge DROP CONSTRAINT person_merge_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE ask DROP CONSTRAINT ask_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE ask_event DROP CONSTRAINT ask_event_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE introduction DROP CONSTRAINT introduction_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE introduction_event DROP CONSTRAINT introduction_event_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE reminder DROP CONSTRAINT reminder_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE key_date DROP CONSTRAINT key_date_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE message_template DROP CONSTRAINT message_template_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE import_run DROP CONSTRAINT import_run_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE import_undo DROP CONSTRAINT import_undo_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE calendar_subscription DROP CONSTRAINT calendar_subscription_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE calendar_upcoming DROP CONSTRAINT calendar_upcoming_pkey,
    ADD PRIMARY KEY (account_id, calendar_id, event_key, person_id);
ALTER TABLE app_password DROP CONSTRAINT app_password_pkey, ADD PRIMARY KEY (account_id, id);
-- an app password is checked after its account is found by email: unique within the account
ALTER TABLE app_password DROP CONSTRAINT app_password_password_hash_key, ADD UNIQUE (account_id, password_hash);
ALTER TABLE who_doc DROP CONSTRAINT who_doc_pkey, ADD PRIMARY KEY (account_id, person_id);
ALTER TABLE recovery_code DROP CONSTRAINT recovery_code_pkey, ADD PRIMARY KEY (account_id, id);
ALTER TABLE audit_event DROP CONSTRAINT audit_event_pkey, ADD PRIMARY KEY (account_id, id);

-- Member data, sharded by account, every table colocated with person.
SELECT create_distributed_table('person', 'account_id');
SELECT create_distributed_table('circle', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('circle_member', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('touchpoint', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('touchpoint_import_key', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('person_email', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('person_phone', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('person_topic', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('person_need', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('person_photo', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('person_change', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('person_merge', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('not_duplicate', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('ask', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('ask_event', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('introduction', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('introduction_event', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('reminder', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('key_date', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('message_template', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('import_run', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('import_undo', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('first_run', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('digest_setting', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('digest_send', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('sent_once', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('mailbox', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('mailbox_folder', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('mail_ignore', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('mail_correspondent', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('calendar_subscription', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('calendar_upcoming', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('app_password', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('audit_event', 'account_id', colocate_with => 'person');
-- a previewed import waiting for its confirmation (its primary key already starts with account_id)
SELECT create_distributed_table('import_pending', 'account_id', colocate_with => 'person');
-- an import job's progress and result, read by any node's page; a messages file waiting likewise
SELECT create_distributed_table('import_job', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('conversations_pending', 'account_id', colocate_with => 'person');
-- two-factor sign-in is asked for after the password has found the account
SELECT create_distributed_table('two_factor', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('recovery_code', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('dav_card', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('dav_change', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('dav_revision', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('who_doc', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('who_name', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('who_name_revision', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('who_stale', 'account_id', colocate_with => 'person');

-- the trash keeps a deleted thing's rows for 30 days, in the account's shard like the thing itself
SELECT create_distributed_table('trash_item', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('trashed_circle', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('trashed_circle_member', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('trashed_touchpoint', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('trashed_ask', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('trashed_ask_event', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('trashed_introduction', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('trashed_introduction_event', 'account_id', colocate_with => 'person');
SELECT create_distributed_table('trashed_message_template', 'account_id', colocate_with => 'person');

COMMIT;
