-- Estate registry schema, version 2: a terminal created by an import refers to its import run instead of
-- carrying one lifecycle_event row per terminal (1M rows on a fleet load). The creation event is derived
-- from import_run (actor, time, file) and created_state; terminals created before V2 keep their event rows.
ALTER TABLE terminal ADD COLUMN created_run BIGINT;
ALTER TABLE terminal ADD COLUMN created_state VARCHAR(32);
