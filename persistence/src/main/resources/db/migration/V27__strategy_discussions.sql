-- Strategy discussions (issue 18): held after a decision at strategy discussion or immediate protection, with the
-- agencies invited and what each recorded, the outcome (section 47 enquiry, medical) and the conference after it.
-- How many working days after the decision a strategy discussion is due (the partnership's setting; default 1).
ALTER TABLE partnership_settings ADD COLUMN discussion_days INT NOT NULL DEFAULT 1;

CREATE SEQUENCE strategy_discussion_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE strategy_discussion (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    partnership_id           BIGINT        NOT NULL,
    contact_id               BIGINT        NOT NULL,
    decision_id              BIGINT        NOT NULL,
    held_at                  DATETIME(6)   NOT NULL,
    convened_by              BIGINT        NOT NULL,
    convened_by_name         VARCHAR(120)  NOT NULL,
    enquiry                  VARCHAR(20)   NULL,
    no_enquiry_reason        TEXT          NULL,
    immediate_safety_action  TEXT          NULL,
    rationale                TEXT          NULL,
    medical_needed           BOOLEAN       NULL,
    medical_arranged_for     DATE          NULL,
    no_medical_reason        TEXT          NULL,
    conference_unnecessary   BOOLEAN       NULL,
    conference_unnecessary_reason TEXT     NULL,
    conference_date          DATE          NULL,
    conference_plan          BOOLEAN       NULL,
    allocated_team           VARCHAR(120)  NULL,
    allocated_worker         VARCHAR(120)  NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT fk_discussion_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_discussion_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_discussion_decision FOREIGN KEY (decision_id) REFERENCES threshold_decision (id),
    CONSTRAINT fk_discussion_convened_by FOREIGN KEY (convened_by) REFERENCES member (id),
    INDEX ix_discussion_contact (partnership_id, contact_id, held_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_invitation (
    discussion_id     BIGINT        NOT NULL,
    agency_id         BIGINT        NOT NULL,
    took_part         BOOLEAN       NULL,
    shared            TEXT          NULL,
    recorded_by       BIGINT        NULL,
    recorded_by_name  VARCHAR(120)  NULL,
    recorded_at       DATETIME(6)   NULL,
    PRIMARY KEY (discussion_id, agency_id),
    CONSTRAINT fk_invitation_discussion FOREIGN KEY (discussion_id) REFERENCES strategy_discussion (id),
    CONSTRAINT fk_invitation_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_invitation_recorded_by FOREIGN KEY (recorded_by) REFERENCES member (id),
    INDEX ix_invitation_agency (agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
