-- A strategy discussion read back from Annex A List 5 (issue 18) has no threshold decision: the list does not record
-- one, and none is made up.
ALTER TABLE strategy_discussion MODIFY decision_id BIGINT NULL;
