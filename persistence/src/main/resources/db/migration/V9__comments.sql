-- Comments on records (subject, e.g. contact/42) with the members they mention; edits move the version on.
CREATE SEQUENCE comment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE comment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    partnership_id BIGINT       NOT NULL,
    subject        VARCHAR(80)  NOT NULL,
    author_id      BIGINT       NOT NULL,
    author_name    VARCHAR(120) NOT NULL,
    text           TEXT         NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    edited_at      DATETIME(6)  NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_comment_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_comment_subject (partnership_id, subject, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE comment_mention (
    comment_id  BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    member_name VARCHAR(120) NOT NULL,
    PRIMARY KEY (comment_id, member_id),
    INDEX ix_mention_member (member_id, comment_id),
    CONSTRAINT fk_mention_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
