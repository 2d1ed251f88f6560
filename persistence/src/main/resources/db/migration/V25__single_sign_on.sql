-- Issue 15 part 2: single sign-on through a partnership's OpenID Connect provider (e.g. Microsoft Entra ID). The
-- client secret is encrypted by the adapter (AES-GCM under workspace.second-factor.key, like authenticator secrets);
-- it may be missing while single sign-on is off. Allowed email domains are kept lower case, separated by spaces.
CREATE TABLE partnership_sso (
    partnership_id      BIGINT        NOT NULL PRIMARY KEY,
    issuer              VARCHAR(500)  NOT NULL,
    client_id           VARCHAR(200)  NOT NULL,
    client_secret       VARCHAR(1000) NULL,
    allowed_domains     VARCHAR(2000) NOT NULL,
    exempt_provider_mfa BOOLEAN       NOT NULL DEFAULT FALSE,
    enabled             BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_partnership_sso_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
