-- Reminders (a deadline coming up) are sent once per item and deadline: the key names them, and a second node
-- sweeping at the same moment cannot add the same reminder again. Mentions and other notices have no key.
ALTER TABLE notice ADD COLUMN once_key VARCHAR(160) NULL;
ALTER TABLE notice ADD CONSTRAINT uq_notice_once UNIQUE (recipient_id, once_key);
