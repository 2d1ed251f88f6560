-- Section 11 self-assessments: a cycle (its standards one a line; each agency's named lead as agency=member pairs)
-- and each agency's answer per standard (the standard by its position in the cycle), reviewed by the panel.
CREATE TABLE section11_cycle (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    due_on         DATE          NOT NULL,
    standards      TEXT          NOT NULL,
    leads          VARCHAR(4000) NOT NULL,
    version        BIGINT        NOT NULL,
    INDEX ix_section11_cycle_partnership (partnership_id, id),
    CONSTRAINT fk_section11_cycle_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE section11_answer (
    cycle_id    BIGINT       NOT NULL,
    agency_id   BIGINT       NOT NULL,
    standard    INT          NOT NULL,
    rating      VARCHAR(20)  NOT NULL,
    evidence    TEXT         NOT NULL,
    link        VARCHAR(500) NOT NULL,
    carried     BOOLEAN      NOT NULL,
    by_member   BIGINT       NULL,
    by_name     VARCHAR(120) NOT NULL,
    answered_at DATETIME(6)  NULL,
    review      VARCHAR(20)  NOT NULL,
    challenge   TEXT         NOT NULL,
    response    TEXT         NOT NULL,
    action_id   BIGINT       NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (cycle_id, agency_id, standard),
    CONSTRAINT fk_section11_answer_cycle FOREIGN KEY (cycle_id) REFERENCES section11_cycle (id),
    CONSTRAINT fk_section11_answer_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
