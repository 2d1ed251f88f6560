-- A temporary password (chosen by an admin when creating a member or resetting their password) must be replaced by
-- the member's own. Existing members chose theirs long ago, or are demo members: none is flagged.
ALTER TABLE member ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE AFTER password_hash;
