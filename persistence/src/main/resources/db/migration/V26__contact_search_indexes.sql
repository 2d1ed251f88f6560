-- Finding a contact by reference, case-system id or child's name read every contact the other filters let through
-- (a suffix match and a part-of-name match, which no index serves): over a million contacts, a second or more under
-- load. Each way of finding now has an index:
-- * the reference's number ("139" finds C-2026-000139) is a prefix of the reference reversed;
-- * a word of the child's name is found from its start ("sto" finds Jo Stone) in a full-text index. It is built
--   without InnoDB's stop words, which include names such as "Will".
-- (The case-system id already has ix_contact_child.)
ALTER TABLE contact ADD COLUMN reference_reversed VARCHAR(20) AS (REVERSE(reference)) STORED,
    ADD INDEX ix_contact_reference_reversed (partnership_id, reference_reversed);
SET SESSION innodb_ft_enable_stopword = OFF;
ALTER TABLE contact ADD FULLTEXT INDEX ft_contact_child_name (child_name);
SET SESSION innodb_ft_enable_stopword = ON;
