-- Estate registry schema, version 3: the keys and filter columns of terminals and merchants compare byte-wise
-- (serial numbers and codes have no linguistic order), which makes their indexes much cheaper to build and
-- search on PostgreSQL. Lengths are unchanged where V1 set them.
ALTER TABLE merchant ALTER COLUMN merchant_no SET DATA TYPE VARCHAR(15) ${byte_order};
ALTER TABLE terminal ALTER COLUMN serial_number SET DATA TYPE VARCHAR ${byte_order};
ALTER TABLE terminal ALTER COLUMN vendor SET DATA TYPE VARCHAR ${byte_order};
ALTER TABLE terminal ALTER COLUMN model SET DATA TYPE VARCHAR ${byte_order};
ALTER TABLE terminal ALTER COLUMN state SET DATA TYPE VARCHAR(32) ${byte_order};
ALTER TABLE terminal ALTER COLUMN deployed_region SET DATA TYPE VARCHAR(4) ${byte_order};
ALTER TABLE terminal ALTER COLUMN merchant_no SET DATA TYPE VARCHAR(15) ${byte_order};
ALTER TABLE lifecycle_event ALTER COLUMN serial_number SET DATA TYPE VARCHAR ${byte_order};
