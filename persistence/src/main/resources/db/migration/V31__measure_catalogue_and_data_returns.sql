-- Success measures become references into the partnership's measure catalogue: a measure the workspace computes
-- (source COMPUTED, ref_key its name), or a data-return measure an agency returns each period (source RETURNED,
-- ref_key the return_measure's id). Their wording no longer decides their figure.

CREATE TABLE return_measure (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partnership_id   BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    definition       VARCHAR(2000) NOT NULL,
    proportion       BOOLEAN       NOT NULL,
    unit             VARCHAR(40)   NOT NULL,
    higher_is_better BOOLEAN       NOT NULL,
    agency_id        BIGINT        NULL,
    officer_id       BIGINT        NULL,
    frequency        VARCHAR(20)   NOT NULL,
    days_to_return   INT           NOT NULL,
    version          BIGINT        NOT NULL,
    UNIQUE KEY uq_return_measure_name (partnership_id, name),
    CONSTRAINT fk_return_measure_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_return_measure_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_return_measure_officer FOREIGN KEY (officer_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Appended, never updated: a correction is a later row for the same period naming the one it corrects.
CREATE TABLE data_return (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT        NOT NULL,
    measure_id     BIGINT        NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    numerator      BIGINT        NULL,
    denominator    BIGINT        NULL,
    amount         DECIMAL(14,4) NULL,
    source_system  VARCHAR(120)  NOT NULL,
    note           VARCHAR(2000) NOT NULL,
    agency_id      BIGINT        NOT NULL,
    by_member      BIGINT        NOT NULL,
    by_name        VARCHAR(120)  NOT NULL,
    submitted_at   DATETIME(6)   NOT NULL,
    corrects       BIGINT        NULL,
    INDEX ix_data_return_measure (partnership_id, measure_id, period_start, submitted_at),
    CONSTRAINT fk_data_return_measure FOREIGN KEY (measure_id) REFERENCES return_measure (id),
    CONSTRAINT fk_data_return_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_data_return_corrects FOREIGN KEY (corrects) REFERENCES data_return (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE success_measure
    ADD COLUMN source       VARCHAR(20)   NULL,
    ADD COLUMN ref_key      VARCHAR(60)   NULL,
    ADD COLUMN amber_within DECIMAL(10,2) NULL;

-- Once, for the measures recorded before: a measure whose wording the old keyword rule matched keeps its figure
-- (the same words, in the same order, as that rule; it is gone from the code).
UPDATE success_measure SET source = 'COMPUTED', ref_key = CASE
    WHEN LOWER(measure) LIKE '%decisions within timescale%' OR LOWER(measure) LIKE '%decisions within the rag deadline%'
        OR LOWER(measure) LIKE '%decision within timescale%' THEN 'DECISIONS_IN_TIME'
    WHEN LOWER(measure) LIKE '%management oversight within%' THEN 'OVERSIGHT_IN_TIME'
    WHEN LOWER(measure) LIKE '%progressed to a strategy discussion%' THEN 'DISCLOSURES_TO_STRATEGY'
    WHEN LOWER(measure) LIKE '%child protection medical considered%' THEN 'MEDICAL_CONSIDERED'
    WHEN LOWER(measure) LIKE '%agree the threshold%' THEN 'THRESHOLD_AGREED'
    WHEN LOWER(measure) LIKE '%repeat contacts%' THEN 'REPEAT_CONTACTS'
    WHEN LOWER(measure) LIKE '%converted to assessment%' OR LOWER(measure) LIKE '%conversion to cin%'
        THEN 'CONVERSION_TO_CIN'
    WHEN LOWER(measure) LIKE '%resolved at stage 1%' OR LOWER(measure) LIKE '%resolved at stages 1%'
        THEN 'ESCALATIONS_RESOLVED_EARLY'
    WHEN LOWER(measure) LIKE '%actions complete%' THEN 'ACTIONS_COMPLETE'
    WHEN LOWER(measure) LIKE '%strategy discussions held within%'
        OR LOWER(measure) LIKE '%strategy discussions within timescale%'
        OR LOWER(measure) LIKE '%strategy discussions held on time%' THEN 'DISCUSSIONS_IN_TIME'
    WHEN LOWER(measure) LIKE '%with the police and health%' OR LOWER(measure) LIKE '%police and health attend%'
        OR LOWER(measure) LIKE '%both police and health%' THEN 'POLICE_AND_HEALTH_AT_DISCUSSIONS'
    WHEN LOWER(measure) LIKE '%police attendance at strategy%' OR LOWER(measure) LIKE '%police engagement in strategy%'
        OR LOWER(measure) LIKE '%with a police contribution%' THEN 'POLICE_AT_DISCUSSIONS'
    WHEN LOWER(measure) LIKE '%health attendance at strategy%' OR LOWER(measure) LIKE '%health engagement in strategy%'
        OR LOWER(measure) LIKE '%with a health contribution%' THEN 'HEALTH_AT_DISCUSSIONS'
    WHEN LOWER(measure) LIKE '%enquiries leading to an icpc%' OR LOWER(measure) LIKE '%enquiries leading to a conference%'
        OR LOWER(measure) LIKE '%s47 to icpc%' THEN 'ENQUIRIES_TO_CONFERENCE'
    WHEN LOWER(measure) LIKE '%icpcs within 15%' OR LOWER(measure) LIKE '%icpc within 15%'
        OR LOWER(measure) LIKE '%conferences within 15 working days%' THEN 'CONFERENCES_IN_TIME'
    WHEN LOWER(measure) LIKE '%resulting in a plan%' OR LOWER(measure) LIKE '%resulting in a child protection plan%'
        THEN 'CONFERENCES_TO_PLAN'
    END;

-- The rest become data-return measures for the admin to define (agency, officer, definition), one per wording in
-- each partnership; until then they show no figure and head the admin's list of measures.
INSERT INTO return_measure (partnership_id, name, definition, proportion, unit, higher_is_better, agency_id,
                            officer_id, frequency, days_to_return, version)
SELECT r.partnership_id, m.measure, '', MAX(m.target LIKE '%\%%'), '',
       MIN(NOT (m.target LIKE '≤%' OR m.target LIKE '<%')), NULL, NULL, 'QUARTERLY', 15, 0
  FROM success_measure m JOIN recommendation r ON r.id = m.recommendation_id
 WHERE m.ref_key IS NULL
 GROUP BY r.partnership_id, m.measure;

UPDATE success_measure m
  JOIN recommendation r ON r.id = m.recommendation_id
  JOIN return_measure rm ON rm.partnership_id = r.partnership_id AND rm.name = m.measure
   SET m.source = 'RETURNED', m.ref_key = CAST(rm.id AS CHAR)
 WHERE m.ref_key IS NULL;

ALTER TABLE success_measure
    MODIFY source  VARCHAR(20) NOT NULL,
    MODIFY ref_key VARCHAR(60) NOT NULL;
