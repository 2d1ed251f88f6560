-- The sweep asks "who already has this reminder?" by key alone: the unique key leads with it.
ALTER TABLE notice DROP INDEX uq_notice_once, ADD CONSTRAINT uq_notice_once UNIQUE (once_key, recipient_id);
