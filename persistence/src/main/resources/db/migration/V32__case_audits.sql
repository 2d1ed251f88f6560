-- A data-return measure expects the returns of the periods that end on or after the day it was defined; those
-- defined before this (V31's, migrated from a plan's wording) count from today.
ALTER TABLE return_measure ADD COLUMN defined_on DATE NULL;
UPDATE return_measure SET defined_on = CURRENT_DATE;
ALTER TABLE return_measure MODIFY defined_on DATE NOT NULL;

-- Multi-agency case audits: a themed audit (its recommendations and auditors as id lists), its cases (drawn from
-- contacts; the child is read from the contact, never copied), each agency's section, the group's grades and the
-- moderator's word. final_grade / final_at: the grade that stands and the day it stood, for the board's measures.
CREATE TABLE audit_programme (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partnership_id  BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    theme           VARCHAR(30)   NOT NULL,
    recommendations VARCHAR(2000) NOT NULL,
    sample_from     DATE          NOT NULL,
    sample_to       DATE          NOT NULL,
    meets_on        DATE          NOT NULL,
    auditors        VARCHAR(2000) NOT NULL,
    moderator_id    BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    INDEX ix_audit_programme_partnership (partnership_id, meets_on),
    CONSTRAINT fk_audit_programme_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_audit_programme_moderator FOREIGN KEY (moderator_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_case (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partnership_id      BIGINT        NOT NULL,
    programme_id        BIGINT        NOT NULL,
    number              INT           NOT NULL,
    contact_id          BIGINT        NOT NULL,
    agencies            VARCHAR(1000) NOT NULL,
    seed                BIGINT        NULL,
    reaudit_of          BIGINT        NULL,
    grades              VARCHAR(500)  NULL,
    overall             VARCHAR(30)   NULL,
    rationale           TEXT          NULL,
    graded_by           BIGINT        NULL,
    graded_by_name      VARCHAR(120)  NULL,
    graded_at           DATETIME(6)   NULL,
    moderated_grade     VARCHAR(30)   NULL,
    moderation_changed  BOOLEAN       NULL,
    moderation_reason   TEXT          NULL,
    moderated_by        BIGINT        NULL,
    moderated_by_name   VARCHAR(120)  NULL,
    moderated_at        DATETIME(6)   NULL,
    final_grade         VARCHAR(30)   NULL,
    final_at            DATETIME(6)   NULL,
    actions             VARCHAR(2000) NOT NULL,
    version             BIGINT        NOT NULL,
    UNIQUE KEY uq_audit_case_number (programme_id, number),
    INDEX ix_audit_case_final (partnership_id, final_at),
    CONSTRAINT fk_audit_case_programme FOREIGN KEY (programme_id) REFERENCES audit_programme (id),
    CONSTRAINT fk_audit_case_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_audit_case_reaudit FOREIGN KEY (reaudit_of) REFERENCES audit_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_section (
    case_id       BIGINT      NOT NULL,
    agency_id     BIGINT      NOT NULL,
    knew          TEXT        NOT NULL,
    did           TEXT        NOT NULL,
    good_practice TEXT        NOT NULL,
    to_improve    TEXT        NOT NULL,
    by_member     BIGINT      NOT NULL,
    by_name       VARCHAR(120) NOT NULL,
    written_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (case_id, agency_id),
    CONSTRAINT fk_audit_section_case FOREIGN KEY (case_id) REFERENCES audit_case (id),
    CONSTRAINT fk_audit_section_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
