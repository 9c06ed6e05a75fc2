-- Call detail records (written by the dialer / ACD; billing tests write them through the same store)
-- and the charges rated from them: exactly one charge per source record, enforced by the key.
CREATE TABLE cdr (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at      TIMESTAMP(3) NOT NULL,
    talk_seconds    INT NOT NULL,
    destination     VARCHAR(32) NOT NULL,
    handler         VARCHAR(16) NOT NULL,
    trunk           VARCHAR(32) NULL,
    campaign_key    VARCHAR(64) NULL,
    agent_username  VARCHAR(64) NULL,
    result          VARCHAR(32) NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    KEY ix_cdr_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE charge (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_type   VARCHAR(16) NOT NULL,
    source_id     VARCHAR(64) NOT NULL,
    period        CHAR(7) NOT NULL,
    charge_type   VARCHAR(16) NOT NULL,
    quantity      DECIMAL(24,6) NOT NULL,
    unit          VARCHAR(16) NOT NULL,
    unit_price    DECIMAL(24,8) NOT NULL,
    priced_per    INT NOT NULL,
    fees          DECIMAL(24,8) NOT NULL,
    minimum       DECIMAL(24,8) NOT NULL,
    amount        DECIMAL(24,8) NOT NULL,
    currency      CHAR(3) NOT NULL,
    plan_id       VARCHAR(64) NOT NULL,
    plan_version  INT NOT NULL,
    rule          VARCHAR(1000) NOT NULL,
    rated_at      TIMESTAMP(3) NOT NULL,
    UNIQUE KEY ux_charge_source (source_type, source_id),
    KEY ix_charge_period (period, charge_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A closed period is locked: re-rating it is refused (corrections go to the next invoice).
CREATE TABLE billing_period (
    period     CHAR(7) PRIMARY KEY,
    status     VARCHAR(16) NOT NULL,
    closed_at  TIMESTAMP(3) NULL,
    closed_by  VARCHAR(64) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
