-- Messages handed to a channel keep the channel's reference, so that its delivery receipts find their case.
ALTER TABLE case_message ADD COLUMN channel_ref VARCHAR;
CREATE INDEX case_message_ref_idx ON case_message (channel, channel_ref);

-- Delivery receipts of case messages, one per part and status: a receipt heard twice is recorded once.
CREATE TABLE case_receipt (
    message_id  BIGINT NOT NULL REFERENCES case_message (id),
    part_id     VARCHAR NOT NULL,
    status      VARCHAR(16) NOT NULL,
    detail      VARCHAR,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (message_id, part_id, status)
);
