-- Section 11 evidence files: the bytes apart (never changed: a new file is a new row, so an answer carried forward
-- into the next cycle keeps pointing at the same file), their description on the answer.
CREATE TABLE section11_file (
    id             BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT   NOT NULL,
    content        LONGBLOB NOT NULL,
    CONSTRAINT fk_section11_file_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE section11_answer
    ADD COLUMN file_id   BIGINT       NULL AFTER link,
    ADD COLUMN file_name VARCHAR(200) NULL AFTER file_id,
    ADD COLUMN file_type VARCHAR(10)  NULL AFTER file_name,
    ADD COLUMN file_size BIGINT       NULL AFTER file_type,
    ADD CONSTRAINT fk_section11_answer_file FOREIGN KEY (file_id) REFERENCES section11_file (id);
