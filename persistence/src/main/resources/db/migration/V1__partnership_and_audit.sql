-- Partnerships (tenants), their agencies and members; sign-in throttling; the append-only audit trail.
-- Timestamps are UTC DATETIME(6). Ids come from pooled sequences (increment 50) so Hibernate can batch.

CREATE SEQUENCE partnership_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE agency_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE member_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE partnership (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    local_authority VARCHAR(120) NOT NULL,
    CONSTRAINT uk_partnership_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency (
    id                BIGINT       NOT NULL PRIMARY KEY,
    partnership_id    BIGINT       NOT NULL,
    name              VARCHAR(120) NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    statutory_partner BOOLEAN      NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT fk_agency_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    -- case-insensitive (unicode_ci): "Police" and "police" are the same agency
    CONSTRAINT uk_agency_name UNIQUE (partnership_id, name),
    INDEX ix_agency_kind (partnership_id, kind, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member (
    id             BIGINT       NOT NULL PRIMARY KEY,
    partnership_id BIGINT       NOT NULL,
    agency_id      BIGINT       NOT NULL,
    name           VARCHAR(120) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    active         BOOLEAN      NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_member_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_member_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uk_member_email UNIQUE (email),
    INDEX ix_member_name (partnership_id, name),
    INDEX ix_member_agency (partnership_id, agency_id, name),
    INDEX ix_member_active (partnership_id, active, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_role (
    member_id BIGINT      NOT NULL,
    role      VARCHAR(40) NOT NULL,
    PRIMARY KEY (member_id, role),
    INDEX ix_member_role_role (role, member_id),
    CONSTRAINT fk_member_role_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins per email, known or not (no hint whether a member exists).
CREATE TABLE login_throttle (
    email        VARCHAR(254) NOT NULL PRIMARY KEY,
    failures     INT          NOT NULL,
    locked_until DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL PRIMARY KEY,
    partnership_id BIGINT       NOT NULL,
    actor_id       BIGINT       NULL,
    actor_name     VARCHAR(120) NOT NULL,
    at             DATETIME(6)  NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    entity_type    VARCHAR(60)  NOT NULL,
    entity_id      VARCHAR(60)  NOT NULL,
    before_state   TEXT         NULL,
    after_state    TEXT         NULL,
    CONSTRAINT fk_audit_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_audit_at (partnership_id, at),
    INDEX ix_audit_actor (partnership_id, actor_id, at),
    INDEX ix_audit_entity (partnership_id, entity_type, entity_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only, enforced by the database as well as by the code (which has no update or delete path).
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
