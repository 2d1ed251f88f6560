-- Escalation stage timescales beside the RAG timescales (defaults 2, 3, 5, 10 working days).
ALTER TABLE partnership_settings
    ADD COLUMN stage1_days INT NOT NULL DEFAULT 2,
    ADD COLUMN stage2_days INT NOT NULL DEFAULT 3,
    ADD COLUMN stage3_days INT NOT NULL DEFAULT 5,
    ADD COLUMN stage4_days INT NOT NULL DEFAULT 10;

-- Increments of one: the id is the reference (E-000123).
CREATE SEQUENCE escalation_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE escalation_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE escalation (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    partnership_id         BIGINT        NOT NULL,
    reference              VARCHAR(20)   NOT NULL,
    contact_id             BIGINT        NULL,
    contact_reference      VARCHAR(20)   NULL,
    decision_id            BIGINT        NULL,
    child_case_id          VARCHAR(40)   NULL,
    raising_agency_id      BIGINT        NOT NULL,
    responding_agency_id   BIGINT        NOT NULL,
    raised_by              BIGINT        NOT NULL,
    raised_by_name         VARCHAR(120)  NOT NULL,
    raised_at              DATETIME(6)   NOT NULL,
    disputed               TEXT          NOT NULL,
    outcome_sought         TEXT          NOT NULL,
    immediate_risk_reason  TEXT          NULL,
    stage                  INT           NOT NULL,
    stage_started_at       DATETIME(6)   NOT NULL,
    stage_deadline         DATETIME(6)   NOT NULL,
    stage_response         BOOLEAN       NULL,
    status                 VARCHAR(20)   NOT NULL,
    outcome                VARCHAR(30)   NULL,
    learning               TEXT          NULL,
    closed_at              DATETIME(6)   NULL,
    closed_by_name         VARCHAR(120)  NULL,
    resulting_decision_id  BIGINT        NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT uk_escalation_reference UNIQUE (partnership_id, reference),
    CONSTRAINT fk_escalation_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_escalation_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_escalation_decision FOREIGN KEY (decision_id) REFERENCES threshold_decision (id),
    CONSTRAINT fk_escalation_resulting FOREIGN KEY (resulting_decision_id) REFERENCES threshold_decision (id),
    CONSTRAINT fk_escalation_raising FOREIGN KEY (raising_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_escalation_responding FOREIGN KEY (responding_agency_id) REFERENCES agency (id),
    INDEX ix_escalation_raising (partnership_id, raising_agency_id, status, stage_deadline),
    INDEX ix_escalation_responding (partnership_id, responding_agency_id, status, stage_deadline),
    INDEX ix_escalation_open (partnership_id, status, stage_deadline),
    INDEX ix_escalation_contact (contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE escalation_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    escalation_id  BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    stage          INT          NOT NULL,
    at             DATETIME(6)  NOT NULL,
    by_member      BIGINT       NOT NULL,
    by_name        VARCHAR(120) NOT NULL,
    by_agency_id   BIGINT       NOT NULL,
    text           TEXT         NOT NULL,
    agrees         BOOLEAN      NULL,
    deadline       DATETIME(6)  NULL,
    CONSTRAINT fk_escalation_event FOREIGN KEY (escalation_id) REFERENCES escalation (id),
    INDEX ix_escalation_event (escalation_id, at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE escalation_recommendation (
    escalation_id     BIGINT NOT NULL,
    recommendation_id BIGINT NOT NULL,
    PRIMARY KEY (escalation_id, recommendation_id),
    INDEX ix_escalation_recommendation (recommendation_id, escalation_id),
    CONSTRAINT fk_escalation_rec_escalation FOREIGN KEY (escalation_id) REFERENCES escalation (id),
    CONSTRAINT fk_escalation_rec_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
