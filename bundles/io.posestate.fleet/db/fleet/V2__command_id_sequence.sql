-- Command ids come from a sequence, so that several processes can issue commands at once (V1 took MAX(id) + 1,
-- which two concurrent transactions both read). The sequence starts at 1 on every database; ids issued before this
-- migration are kept by adding their highest one, recorded here once, to each value it hands out.
CREATE SEQUENCE fleet_command_seq START WITH 1;

CREATE TABLE fleet_command_id_base (
    base_id BIGINT NOT NULL
);
INSERT INTO fleet_command_id_base (base_id) SELECT COALESCE(MAX(id), 0) FROM fleet_command;
