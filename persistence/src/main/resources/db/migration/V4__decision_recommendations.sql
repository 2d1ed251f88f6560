-- Threshold decisions recorded against the recommendations they evidence.
CREATE TABLE decision_recommendation (
    decision_id       BIGINT NOT NULL,
    recommendation_id BIGINT NOT NULL,
    PRIMARY KEY (decision_id, recommendation_id),
    INDEX ix_decision_recommendation (recommendation_id, decision_id),
    CONSTRAINT fk_decision_rec_decision FOREIGN KEY (decision_id) REFERENCES threshold_decision (id),
    CONSTRAINT fk_decision_rec_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id)
) ENGINE = InnoDB;
