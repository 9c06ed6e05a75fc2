-- The control database: tenants, people, the org trees, tokens and the audit log.
-- Tenant business data never lives here; it lives in each tenant's own database.
CREATE TABLE tenant (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(32)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    time_zone       VARCHAR(64)  NOT NULL,
    locale          VARCHAR(16)  NOT NULL,
    currency        CHAR(3)      NOT NULL,
    operating_mode  VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    status_reason   VARCHAR(500) NULL,
    db_name         VARCHAR(64)  NOT NULL,
    db_user         VARCHAR(80)  NOT NULL,
    schema_version  VARCHAR(32)  NULL,
    migration_error VARCHAR(2000) NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    changed_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    exported_at     TIMESTAMP(3) NULL,
    export_file     VARCHAR(1000) NULL,
    UNIQUE KEY ux_tenant_slug (slug),
    UNIQUE KEY ux_tenant_db (db_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- owner_tenant_id NULL = the agency's own tree.
CREATE TABLE org_unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_tenant_id BIGINT NULL,
    parent_id       BIGINT NULL,
    kind            VARCHAR(16)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    KEY ix_org_unit_owner (owner_tenant_id),
    CONSTRAINT fk_org_unit_tenant FOREIGN KEY (owner_tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    tenant_id       BIGINT NULL,
    role            VARCHAR(32)  NOT NULL,
    unit_id         BIGINT NULL,
    failed_logins   INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(3) NULL,
    disabled        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE KEY ux_app_user_username (username),
    KEY ix_app_user_tenant (tenant_id),
    CONSTRAINT fk_app_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every period a person spent in a unit; moving a person closes one row and opens another.
CREATE TABLE unit_membership (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT NOT NULL,
    unit_id     BIGINT NULL,
    since       TIMESTAMP(3) NOT NULL,
    until       TIMESTAMP(3) NULL,
    changed_by  VARCHAR(64) NOT NULL,
    KEY ix_unit_membership_user (user_id),
    CONSTRAINT fk_unit_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Session and API tokens; only a SHA-256 of the token is stored.
CREATE TABLE access_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    name        VARCHAR(100) NULL,
    token_hash  CHAR(64) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at  TIMESTAMP(3) NULL,
    revoked     BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE KEY ux_access_token_hash (token_hash),
    CONSTRAINT fk_access_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor        VARCHAR(64)  NOT NULL,
    actor_tenant VARCHAR(32)  NULL,
    tenant       VARCHAR(32)  NULL,
    action       VARCHAR(64)  NOT NULL,
    target       VARCHAR(200) NULL,
    outcome      VARCHAR(16)  NOT NULL,
    detail       VARCHAR(2000) NULL,
    origin       VARCHAR(64)  NULL,
    KEY ix_audit_tenant_at (tenant, at),
    KEY ix_audit_outcome (outcome)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
