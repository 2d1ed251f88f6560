-- The working-day calendar (bank holidays per partnership) and the improvement plan: inspections,
-- recommendations, actions, progress updates and evidence (files stored in the database).

CREATE TABLE bank_holiday (
    partnership_id BIGINT      NOT NULL,
    day            DATE        NOT NULL,
    name           VARCHAR(80) NOT NULL,
    PRIMARY KEY (partnership_id, day),
    CONSTRAINT fk_bank_holiday_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE inspection_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE recommendation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE improvement_action_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE progress_update_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE evidence_item_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE status_change_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE inspection (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    partnership_id        BIGINT       NOT NULL,
    inspectorate          VARCHAR(120) NOT NULL,
    type                  VARCHAR(40)  NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    start_date            DATE         NOT NULL,
    end_date              DATE         NULL,
    published_on          DATE         NULL,
    strengths             TEXT         NOT NULL,
    areas_for_improvement TEXT         NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT fk_inspection_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_inspection_start (partnership_id, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspection_judgement (
    inspection_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    area          VARCHAR(200) NOT NULL,
    judgement     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (inspection_id, position),
    CONSTRAINT fk_judgement_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recommendation (
    id              BIGINT      NOT NULL PRIMARY KEY,
    partnership_id  BIGINT      NOT NULL,
    inspection_id   BIGINT      NOT NULL,
    number          INT         NOT NULL,
    text            TEXT        NOT NULL,
    theme           VARCHAR(40) NOT NULL,
    lead_officer_id BIGINT      NOT NULL,
    status          VARCHAR(40) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT fk_recommendation_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_recommendation_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_recommendation_lead FOREIGN KEY (lead_officer_id) REFERENCES member (id),
    CONSTRAINT uk_recommendation_number UNIQUE (inspection_id, number),
    INDEX ix_recommendation_theme (partnership_id, theme),
    INDEX ix_recommendation_status (partnership_id, status),
    INDEX ix_recommendation_lead (partnership_id, lead_officer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recommendation_agency (
    recommendation_id BIGINT NOT NULL,
    agency_id         BIGINT NOT NULL,
    PRIMARY KEY (recommendation_id, agency_id),
    INDEX ix_recommendation_agency_agency (agency_id, recommendation_id),
    CONSTRAINT fk_rec_agency_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    CONSTRAINT fk_rec_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE success_measure (
    recommendation_id BIGINT       NOT NULL,
    position          INT          NOT NULL,
    measure           VARCHAR(200) NOT NULL,
    target            VARCHAR(60)  NOT NULL,
    PRIMARY KEY (recommendation_id, position),
    CONSTRAINT fk_measure_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recommendation_status_change (
    id                BIGINT       NOT NULL PRIMARY KEY,
    recommendation_id BIGINT       NOT NULL,
    at                DATETIME(6)  NOT NULL,
    by_name           VARCHAR(120) NOT NULL,
    from_status       VARCHAR(40)  NOT NULL,
    to_status         VARCHAR(40)  NOT NULL,
    CONSTRAINT fk_status_change_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    INDEX ix_status_change_recommendation (recommendation_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE improvement_action (
    id                BIGINT      NOT NULL PRIMARY KEY,
    partnership_id    BIGINT      NOT NULL,
    recommendation_id BIGINT      NOT NULL,
    description       TEXT        NOT NULL,
    lead_officer_id   BIGINT      NOT NULL,
    due_date          DATE        NOT NULL,
    status            VARCHAR(40) NOT NULL,
    created_on        DATE        NOT NULL,
    completed_on      DATE        NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT fk_action_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_action_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    CONSTRAINT fk_action_lead FOREIGN KEY (lead_officer_id) REFERENCES member (id),
    -- the overview's grouped tally reads only this index
    INDEX ix_action_tally (recommendation_id, status, due_date),
    INDEX ix_action_lead (partnership_id, lead_officer_id, status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_agency (
    action_id BIGINT NOT NULL,
    agency_id BIGINT NOT NULL,
    PRIMARY KEY (action_id, agency_id),
    CONSTRAINT fk_action_agency_action FOREIGN KEY (action_id) REFERENCES improvement_action (id),
    CONSTRAINT fk_action_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_update (
    id        BIGINT       NOT NULL PRIMARY KEY,
    action_id BIGINT       NOT NULL,
    at        DATETIME(6)  NOT NULL,
    by_id     BIGINT       NOT NULL,
    by_name   VARCHAR(120) NOT NULL,
    text      TEXT         NOT NULL,
    status    VARCHAR(40)  NOT NULL,
    CONSTRAINT fk_progress_action FOREIGN KEY (action_id) REFERENCES improvement_action (id),
    INDEX ix_progress_action (action_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_item (
    id            BIGINT        NOT NULL PRIMARY KEY,
    action_id     BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    summary       TEXT          NOT NULL,
    link          VARCHAR(1000) NULL,
    file_name     VARCHAR(200)  NULL,
    file_type     VARCHAR(10)   NULL,
    file_size     BIGINT        NULL,
    added_by_id   BIGINT        NOT NULL,
    added_by_name VARCHAR(120)  NOT NULL,
    added_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_evidence_action FOREIGN KEY (action_id) REFERENCES improvement_action (id),
    INDEX ix_evidence_action (action_id, added_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Kept apart so listing evidence never reads the files.
CREATE TABLE evidence_content (
    evidence_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_evidence_content_item FOREIGN KEY (evidence_id) REFERENCES evidence_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
