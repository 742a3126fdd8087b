-- Estate registry schema, version 4: on H2 a load into an empty table commits as it goes (H2 commits on DDL, and
-- indexes built after the load cost far less than maintained row by row). While such a load runs, its import run
-- holds the table's name and the statements that restore its indexes and foreign keys, one a line; NULL otherwise.
-- A run left with them (a failure, a crash) is undone when the registry next opens the store or imports into it.
ALTER TABLE import_run ADD COLUMN restore VARCHAR;
