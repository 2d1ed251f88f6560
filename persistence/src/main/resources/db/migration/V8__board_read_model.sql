-- The board's read model, kept by the persistence adapters in the same transaction as every write that changes a
-- contact's contribution (its contact, decisions and REPEAT_CONTACT / NO_OVERSIGHT flags). board_contact holds each
-- live contact's current contribution; board_day sums them per day received, RAG, source agency and current level,
-- so twelve months of board figures read a few thousand rows instead of every contact (see ./workspace bench).
CREATE TABLE board_contact (
    contact_id        BIGINT      NOT NULL PRIMARY KEY,
    partnership_id    BIGINT      NOT NULL,
    day               DATE        NOT NULL,
    rag               VARCHAR(5)  NOT NULL,
    source_agency_id  BIGINT      NOT NULL,
    level             VARCHAR(40) NOT NULL,
    deadline          DATETIME(6) NOT NULL,
    decided           TINYINT     NOT NULL,
    in_time           TINYINT     NOT NULL,
    abuse_disclosure  TINYINT     NOT NULL,
    abuse             TINYINT     NOT NULL,
    abuse_medical     TINYINT     NOT NULL,
    repeat_contact    TINYINT     NOT NULL,
    overseen_in_time  TINYINT     NOT NULL,
    oversight_due     TINYINT     NOT NULL,
    CONSTRAINT fk_board_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    -- the undecided contacts already late are counted as of now from this index alone (it covers the query)
    INDEX ix_board_contact_undecided (partnership_id, decided, deadline, day, rag, source_agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_day (
    partnership_id    BIGINT      NOT NULL,
    day               DATE        NOT NULL,
    rag               VARCHAR(5)  NOT NULL,
    source_agency_id  BIGINT      NOT NULL,
    level             VARCHAR(40) NOT NULL,
    contacts          BIGINT      NOT NULL,
    decided           BIGINT      NOT NULL,
    in_time           BIGINT      NOT NULL,
    abuse_disclosures BIGINT      NOT NULL,
    abuse             BIGINT      NOT NULL,
    abuse_medical     BIGINT      NOT NULL,
    repeats           BIGINT      NOT NULL,
    overseen_in_time  BIGINT      NOT NULL,
    oversight_due     BIGINT      NOT NULL,
    PRIMARY KEY (partnership_id, day, rag, source_agency_id, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
