-- The queue reads decided contacts newest first (after every contact awaiting a decision): in index order, not by
-- sorting every decided contact of the partnership.
CREATE INDEX ix_contact_decided_received ON contact (partnership_id, decided, received_at);
