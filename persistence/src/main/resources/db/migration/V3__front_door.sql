-- The MASH front door: contacts, threshold decisions, flags, agency checks, the access log of children's
-- records, and the per-partnership-and-year reference counter.

CREATE TABLE partnership_settings (
    partnership_id     BIGINT NOT NULL PRIMARY KEY,
    red_working_hours  INT    NOT NULL,
    amber_working_days INT    NOT NULL,
    green_working_days INT    NOT NULL,
    CONSTRAINT fk_settings_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per partnership and year, locked by the inserting transaction: references are unique and gap-free.
CREATE TABLE contact_reference_counter (
    partnership_id BIGINT NOT NULL,
    year           INT    NOT NULL,
    last_number    INT    NOT NULL,
    PRIMARY KEY (partnership_id, year)
) ENGINE = InnoDB;

CREATE SEQUENCE contact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE threshold_decision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_flag_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE agency_check_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE access_log_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE contact (
    id               BIGINT       NOT NULL PRIMARY KEY,
    partnership_id   BIGINT       NOT NULL,
    reference        VARCHAR(20)  NOT NULL,
    received_at      DATETIME(6)  NOT NULL,
    source_agency_id BIGINT       NOT NULL,
    referrer         VARCHAR(200) NOT NULL,
    channel          VARCHAR(30)  NOT NULL,
    child_case_id    VARCHAR(40)  NOT NULL,
    child_name       VARCHAR(200) NOT NULL,
    child_dob        DATE         NULL,
    child_gender     VARCHAR(20)  NOT NULL,
    child_ethnicity  VARCHAR(4)   NOT NULL,
    concerns         VARCHAR(400) NOT NULL,
    disclosure       BOOLEAN      NOT NULL,
    summary          TEXT         NOT NULL,
    consent          VARCHAR(40)  NOT NULL,
    rag              VARCHAR(5)   NOT NULL,
    deadline         DATETIME(6)  NOT NULL,
    submitted_by     BIGINT       NOT NULL,
    assigned_to      BIGINT       NULL,
    assigned_to_name VARCHAR(120) NULL,
    decided          BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_contact_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_contact_agency FOREIGN KEY (source_agency_id) REFERENCES agency (id),
    CONSTRAINT uk_contact_reference UNIQUE (partnership_id, reference),
    INDEX ix_contact_queue (partnership_id, decided, deadline, id),
    INDEX ix_contact_agency (partnership_id, source_agency_id, deadline),
    INDEX ix_contact_rag (partnership_id, rag, deadline),
    INDEX ix_contact_child (partnership_id, child_case_id, received_at),
    INDEX ix_contact_received (partnership_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_recommendation (
    contact_id        BIGINT NOT NULL,
    recommendation_id BIGINT NOT NULL,
    PRIMARY KEY (contact_id, recommendation_id),
    INDEX ix_contact_recommendation (recommendation_id, contact_id),
    CONSTRAINT fk_contact_rec_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_contact_rec_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id)
) ENGINE = InnoDB;

CREATE TABLE threshold_decision (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    contact_id               BIGINT       NOT NULL,
    level                    VARCHAR(40)  NOT NULL,
    rationale                TEXT         NOT NULL,
    next_step                VARCHAR(200) NOT NULL,
    strategy_discussion_date DATE         NULL,
    cp_medical_considered    BOOLEAN      NOT NULL,
    decided_by               BIGINT       NOT NULL,
    decided_by_name          VARCHAR(120) NOT NULL,
    decided_at               DATETIME(6)  NOT NULL,
    supersedes               BIGINT       NULL,
    current                  BOOLEAN      NOT NULL,
    overseen_by              BIGINT       NULL,
    overseen_by_name         VARCHAR(120) NULL,
    overseen_at              DATETIME(6)  NULL,
    oversight_comment        TEXT         NULL,
    CONSTRAINT fk_decision_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    INDEX ix_decision_contact (contact_id, decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_flag (
    id               BIGINT        NOT NULL PRIMARY KEY,
    partnership_id   BIGINT        NOT NULL,
    contact_id       BIGINT        NOT NULL,
    type             VARCHAR(40)   NOT NULL,
    raised_at        DATETIME(6)   NOT NULL,
    resolved_at      DATETIME(6)   NULL,
    resolved_by_name VARCHAR(120)  NULL,
    resolution       VARCHAR(2000) NULL,
    CONSTRAINT fk_flag_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    INDEX ix_flag_contact (contact_id),
    INDEX ix_flag_open (partnership_id, resolved_at, type, raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency_check (
    id                BIGINT       NOT NULL PRIMARY KEY,
    partnership_id    BIGINT       NOT NULL,
    contact_id        BIGINT       NOT NULL,
    agency_id         BIGINT       NOT NULL,
    requested_at      DATETIME(6)  NOT NULL,
    requested_by_name VARCHAR(120) NOT NULL,
    due_by            DATETIME(6)  NOT NULL,
    responded_at      DATETIME(6)  NULL,
    responded_by_name VARCHAR(120) NULL,
    findings          TEXT         NULL,
    CONSTRAINT fk_check_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_check_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_check_contact (contact_id, agency_id),
    INDEX ix_check_open (partnership_id, agency_id, responded_at, due_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE access_log (
    id             BIGINT       NOT NULL PRIMARY KEY,
    partnership_id BIGINT       NOT NULL,
    member_id      BIGINT       NOT NULL,
    member_name    VARCHAR(120) NOT NULL,
    at             DATETIME(6)  NOT NULL,
    record         VARCHAR(200) NOT NULL,
    allowed        BOOLEAN      NOT NULL,
    INDEX ix_access_log (partnership_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';
