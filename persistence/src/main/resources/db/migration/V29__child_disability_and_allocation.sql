-- Annex A Lists 3 and 5 (issue 18): whether the child has a disability (not known until the MASH records it), and the
-- team and worker the child's case is allocated to after a referral. The allocation belongs to the contact, so the
-- strategy discussion's own copy (V27) goes.
-- Adding columns may rebuild the table and with it the child-name FULLTEXT index: rebuilt without stopwords, as V26
-- built it (else "Will" could no longer be found).
SET SESSION innodb_ft_enable_stopword = OFF;
ALTER TABLE contact ADD COLUMN child_disability VARCHAR(12) NOT NULL DEFAULT 'NOT_KNOWN',
    ADD COLUMN allocated_team VARCHAR(120) NULL,
    ADD COLUMN allocated_worker VARCHAR(120) NULL;
SET SESSION innodb_ft_enable_stopword = ON;
ALTER TABLE strategy_discussion DROP COLUMN allocated_team, DROP COLUMN allocated_worker;
