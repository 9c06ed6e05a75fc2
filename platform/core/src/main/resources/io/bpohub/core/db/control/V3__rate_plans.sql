-- Rate plans (the agency's price lists, as JSON documents of the published RatePlan type) and which
-- plan each tenant is billed by.
CREATE TABLE rate_plan (
    id          VARCHAR(64) PRIMARY KEY,
    document    LONGTEXT NOT NULL CHECK (JSON_VALID(document)),
    revision    BIGINT NOT NULL,
    changed_at  TIMESTAMP(3) NOT NULL,
    changed_by  VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tenant_rate_plan (
    tenant_id    BIGINT PRIMARY KEY,
    rate_plan_id VARCHAR(64) NOT NULL,
    assigned_at  TIMESTAMP(3) NOT NULL,
    assigned_by  VARCHAR(64) NOT NULL,
    CONSTRAINT fk_trp_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_trp_plan FOREIGN KEY (rate_plan_id) REFERENCES rate_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
