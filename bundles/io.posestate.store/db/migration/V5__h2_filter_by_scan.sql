-- Estate registry schema, version 5: on H2 the terminal keeps only its primary key and the foreign key's index on
-- merchant_no (which serves the merchant filter). The state, vendor, model and region filters read the table in
-- serial-number order instead: each of these indexes cost H2 4-7 s of CPU per million terminals on every load into
-- an empty table and more on every later import. PostgreSQL keeps the V1 indexes (there the placeholder h2_only
-- makes these lines comments).
${h2_only}DROP INDEX terminal_state_idx;
${h2_only}DROP INDEX terminal_vendor_idx;
${h2_only}DROP INDEX terminal_vendor_model_idx;
${h2_only}DROP INDEX terminal_region_idx;
${h2_only}DROP INDEX terminal_merchant_idx;
