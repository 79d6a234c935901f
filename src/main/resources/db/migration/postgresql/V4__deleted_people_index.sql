-- The daily purge finds the people deleted more than 30 days ago without reading the live ones.
CREATE INDEX person_deleted ON person (deleted_at) WHERE deleted_at IS NOT NULL;
