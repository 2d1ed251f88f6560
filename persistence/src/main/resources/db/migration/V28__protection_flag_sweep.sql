-- The flag sweep's two new reads (issue 18): current decisions calling for a strategy discussion with none held, and
-- section 47 enquiries with no conference set; each index-led, like the sweep's other reads.
ALTER TABLE threshold_decision ADD INDEX ix_decision_level (level, current, decided_at);
ALTER TABLE strategy_discussion ADD INDEX ix_discussion_enquiry (partnership_id, enquiry, conference_date, held_at);
