-- A contact's source is its Annex A (CIN census) source code, stored on every contact; its source agency is
-- recorded only where a partner agency stands behind it, so it may be NULL (an imported contact from a relative, an
-- acquaintance, the child, another local authority, anonymous or unknown, or from a kind of agency the partnership
-- does not have). The codes and the mappings below are ContactSource's; ContactSourceMigrationIT holds them equal.
ALTER TABLE contact
    MODIFY source_agency_id BIGINT NULL,
    ADD COLUMN source VARCHAR(3) NULL AFTER source_agency_id;

-- Every contact so far came through an agency: the code its kind stands for (ContactSource.forAgency) ...
UPDATE contact c JOIN agency a ON a.id = c.source_agency_id
   SET c.source = CASE a.kind
                      WHEN 'CHILDRENS_SOCIAL_CARE' THEN '5A'
                      WHEN 'EARLY_HELP' THEN '5D'
                      WHEN 'POLICE' THEN '6'
                      WHEN 'HEALTH' THEN '3F'
                      WHEN 'CAMHS' THEN '3F'
                      WHEN 'SUBSTANCE_MISUSE' THEN '3F'
                      WHEN 'EDUCATION' THEN '2A'
                      WHEN 'PROBATION' THEN '7'
                      WHEN 'YOUTH_JUSTICE' THEN '7'
                      WHEN 'HOUSING' THEN '4'
                      WHEN 'VOLUNTARY_SECTOR' THEN '8'
                      ELSE '10'
                  END;

-- ... except that an imported contact kept its code's label as its referrer (the import wrote ContactSource.label):
-- that code is the one it was imported with, and the Annex A export already reported it.
UPDATE contact
   SET source = CASE referrer
                    WHEN 'Family member/relative/carer' THEN '1A'
                    WHEN 'Acquaintance' THEN '1B'
                    WHEN 'Self' THEN '1C'
                    WHEN 'Other individual' THEN '1D'
                    WHEN 'Schools' THEN '2A'
                    WHEN 'Education services' THEN '2B'
                    WHEN 'GP' THEN '3A'
                    WHEN 'Health visitor' THEN '3B'
                    WHEN 'School nurse' THEN '3C'
                    WHEN 'Other primary health services' THEN '3D'
                    WHEN 'A&E' THEN '3E'
                    WHEN 'Other health services' THEN '3F'
                    WHEN 'Housing' THEN '4'
                    WHEN 'LA services - social care' THEN '5A'
                    WHEN 'Other internal LA services' THEN '5B'
                    WHEN 'External LA services' THEN '5C'
                    WHEN 'Early help' THEN '5D'
                    WHEN 'Police' THEN '6'
                    WHEN 'Other legal agency' THEN '7'
                    WHEN 'Other' THEN '8'
                    WHEN 'Anonymous' THEN '9'
                    WHEN 'Unknown' THEN '10'
                    ELSE source
                END
 WHERE channel = 'IMPORTED';

-- Those imported from no partner agency were filed under a stand-in agency of kind OTHER (or children's social care
-- for another council, 5C): that agency was invented, so it goes.
UPDATE contact SET source_agency_id = NULL
 WHERE channel = 'IMPORTED' AND source IN ('1A', '1B', '1C', '1D', '5C', '9', '10');

ALTER TABLE contact MODIFY source VARCHAR(3) NOT NULL;

-- The board's read model groups contacts from no agency by their source: for them source_agency_id is 0 and
-- source holds the code; for a contact from an agency source is ''. Imported contacts are not in the read model
-- (they have no decisions), so every row so far is from an agency and '' is right for it.
ALTER TABLE board_contact
    ADD COLUMN source VARCHAR(3) NOT NULL DEFAULT '' AFTER source_agency_id,
    DROP INDEX ix_board_contact_undecided,
    ADD INDEX ix_board_contact_undecided (partnership_id, decided, deadline, day, rag, source_agency_id, source);
ALTER TABLE board_contact ALTER COLUMN source DROP DEFAULT;

ALTER TABLE board_day
    ADD COLUMN source VARCHAR(3) NOT NULL DEFAULT '' AFTER source_agency_id,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (partnership_id, day, rag, source_agency_id, source, level);
ALTER TABLE board_day ALTER COLUMN source DROP DEFAULT;
