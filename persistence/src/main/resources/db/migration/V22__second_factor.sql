-- Issue 15: the second factor. A member's authenticator secret (encrypted with AES-GCM by the adapter, under the
-- key in workspace.second-factor.key) and the last time step a code was accepted from (no replay); ten recovery
-- codes per member, stored as SHA-256 hashes only.
CREATE TABLE member_second_factor (
    member_id   BIGINT       NOT NULL PRIMARY KEY,
    secret      VARCHAR(200) NOT NULL,
    enrolled_at DATETIME(6)  NOT NULL,
    last_step   BIGINT       NOT NULL,
    CONSTRAINT fk_second_factor_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_recovery_code (
    member_id BIGINT      NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(6) NULL,
    PRIMARY KEY (member_id, code_hash),
    CONSTRAINT fk_recovery_code_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
