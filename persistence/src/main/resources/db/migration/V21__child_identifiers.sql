-- Finding children's identifiers in free text the board chair reads (comments, progress notes, evidence,
-- escalations). A text's words are looked up by the first and last word of the child's name, so the lookup is
--   partnership_id = ? AND (child_first_word IN (...) OR child_last_word IN (...))
-- on these indexed generated columns (a trailing full stop left out: names are recorded like "Aisha S."). The
-- column's collation (utf8mb4_unicode_ci) compares in any case with accents ignored. Virtual: adding them does not
-- rewrite the contact table, only builds the indexes.
ALTER TABLE contact
    ADD COLUMN child_first_word VARCHAR(200)
        AS (TRIM(TRAILING '.' FROM SUBSTRING_INDEX(TRIM(child_name), ' ', 1))) VIRTUAL,
    ADD COLUMN child_last_word VARCHAR(200)
        AS (TRIM(TRAILING '.' FROM SUBSTRING_INDEX(TRIM(child_name), ' ', -1))) VIRTUAL,
    ADD INDEX ix_contact_child_first_word (partnership_id, child_first_word),
    ADD INDEX ix_contact_child_last_word (partnership_id, child_last_word);

-- An escalation about a case names the child only by case-system id: looked up the same way.
ALTER TABLE escalation ADD INDEX ix_escalation_child (partnership_id, child_case_id);

-- A member's confirmation that a text may keep what identifies a child: the latest per member and text (its
-- SHA-256, never the text), valid for an hour; every confirmation is also in the audit trail with its reason.
CREATE TABLE child_identifier_kept (
    partnership_id BIGINT       NOT NULL,
    member_id      BIGINT       NOT NULL,
    text_sha256    CHAR(64)     NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    identifiers    INT          NOT NULL,
    kept_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (partnership_id, member_id, text_sha256),
    CONSTRAINT fk_kept_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_kept_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
