-- A partner agency records a contact without children's social care's number for the child: "not known" is a
-- NULL id, never a text. The contacts saved before with a placeholder typed as the id ("not known", "n/a", "-")
-- get NULL too, so they stop linking to one "child" and counting as each other's repeats (the same placeholders
-- as Child.isPlaceholder, compared as it does: without case, spaces or punctuation).
ALTER TABLE contact MODIFY child_case_id VARCHAR(40) NULL;

UPDATE contact
   SET child_case_id = NULL
 WHERE LOWER(REGEXP_REPLACE(child_case_id, '[[:space:][:punct:]]', '')) IN
       ('', 'notknown', 'unknown', 'nk', 'na', 'notapplicable', 'none', 'nil', 'null', 'tbc', 'tba', 'dontknow',
        'donotknow', 'notyetknown', 'noid', 'unk', 'new', 'x', 'xx', 'xxx');
