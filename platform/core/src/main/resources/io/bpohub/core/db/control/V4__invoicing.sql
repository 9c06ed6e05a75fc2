-- Carrier cost tables (JSON documents of the published CostTable type) and which one prices each
-- tenant's calls.
CREATE TABLE cost_table (
    id          VARCHAR(64) PRIMARY KEY,
    document    LONGTEXT NOT NULL CHECK (JSON_VALID(document)),
    revision    BIGINT NOT NULL,
    changed_at  TIMESTAMP(3) NOT NULL,
    changed_by  VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How a tenant is invoiced: bill-to details, tax and payment terms.
CREATE TABLE tenant_billing (
    tenant_id       BIGINT PRIMARY KEY,
    bill_to_name    VARCHAR(200) NOT NULL,
    bill_to_address VARCHAR(1000) NOT NULL,
    tax_name        VARCHAR(64) NULL,
    tax_rate        DECIMAL(9,6) NOT NULL,
    payment_days    INT NOT NULL,
    cost_table_id   VARCHAR(64) NULL,
    changed_at      TIMESTAMP(3) NOT NULL,
    changed_by      VARCHAR(64) NOT NULL,
    CONSTRAINT fk_tb_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_tb_cost FOREIGN KEY (cost_table_id) REFERENCES cost_table (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The agency's document numbers: one gap-free series per kind and year. A number is taken and its
-- register row written in one transaction, so every number ever taken has a row; ISSUING rows are
-- finished (never skipped) by the next attempt for the same tenant and period.
CREATE TABLE document_series (
    series      VARCHAR(8) NOT NULL,
    year        INT NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (series, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_register (
    number      VARCHAR(32) PRIMARY KEY,
    series      VARCHAR(8) NOT NULL,
    year        INT NOT NULL,
    seq         BIGINT NOT NULL,
    tenant_id   BIGINT NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    period      CHAR(7) NOT NULL,
    refers_to   VARCHAR(32) NULL,
    currency    CHAR(3) NOT NULL,
    subtotal    DECIMAL(24,8) NOT NULL,
    tax_total   DECIMAL(24,8) NOT NULL,
    total       DECIMAL(24,8) NOT NULL,
    cost_total  DECIMAL(24,8) NULL,
    cost_currency CHAR(3) NULL,
    state       VARCHAR(16) NOT NULL,
    issued_at   TIMESTAMP(3) NOT NULL,
    issued_by   VARCHAR(64) NOT NULL,
    UNIQUE KEY ux_register_seq (series, year, seq),
    KEY ix_register_tenant (tenant_id, period),
    CONSTRAINT fk_register_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Long-running work (rating, re-rating, imports) and how far it got.
CREATE TABLE job (
    id          VARCHAR(36) PRIMARY KEY,
    kind        VARCHAR(32) NOT NULL,
    tenant_id   BIGINT NULL,
    subject     VARCHAR(200) NOT NULL,
    state       VARCHAR(16) NOT NULL,
    done        BIGINT NOT NULL,
    total       BIGINT NOT NULL,
    message     VARCHAR(2000) NULL,
    result      LONGTEXT NULL,
    started_at  TIMESTAMP(3) NOT NULL,
    started_by  VARCHAR(64) NOT NULL,
    finished_at TIMESTAMP(3) NULL,
    KEY ix_job_tenant (tenant_id, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What an hour of an agency agent's seat time costs the agency: per agent, or per agency team.
CREATE TABLE labour_rate (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agent_username VARCHAR(64) NULL,
    team_id        BIGINT NULL,
    per_hour       DECIMAL(24,8) NOT NULL,
    currency       CHAR(3) NOT NULL,
    effective_from DATE NOT NULL,
    changed_at     TIMESTAMP(3) NOT NULL,
    changed_by     VARCHAR(64) NOT NULL,
    UNIQUE KEY ux_labour_rate (agent_username, team_id, effective_from),
    CONSTRAINT fk_labour_team FOREIGN KEY (team_id) REFERENCES org_unit (id),
    CONSTRAINT ck_labour_subject CHECK ((agent_username IS NULL) <> (team_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
