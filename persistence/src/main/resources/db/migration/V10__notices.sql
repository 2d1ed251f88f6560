-- A member's notices (mentions, for now): unread until marked read.
CREATE SEQUENCE notice_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notice (
    id             BIGINT        NOT NULL PRIMARY KEY,
    partnership_id BIGINT        NOT NULL,
    recipient_id   BIGINT        NOT NULL,
    text           VARCHAR(400)  NOT NULL,
    subject        VARCHAR(80)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    read_at        DATETIME(6)   NULL,
    CONSTRAINT fk_notice_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_notice_recipient (partnership_id, recipient_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
