-- A board chair's judgement on a recommendation at a board meeting: appended, never changed (the board's record).
CREATE SEQUENCE assurance_judgement_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE assurance_judgement (
    id                BIGINT       NOT NULL PRIMARY KEY,
    partnership_id    BIGINT       NOT NULL,
    recommendation_id BIGINT       NOT NULL,
    meeting_date      DATE         NOT NULL,
    level             VARCHAR(30)  NOT NULL,
    commentary        TEXT         NOT NULL,
    by_member         BIGINT       NOT NULL,
    by_name           VARCHAR(120) NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_judgement_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_judgement_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    INDEX ix_judgement_recommendation (partnership_id, recommendation_id, meeting_date, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Board figures select the period's contacts by partnership and date received, then read each one's decisions.
CREATE INDEX ix_contact_received_agency ON contact (partnership_id, received_at, source_agency_id);
CREATE INDEX ix_escalation_raised ON escalation (partnership_id, raised_at);
