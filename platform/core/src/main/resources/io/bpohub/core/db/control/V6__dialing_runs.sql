-- Campaigns being dialled, so that a restart of the platform starts them again (their agents join again
-- from the desk). A row lives from bpo:dialing-start to bpo:dialing-stop.
CREATE TABLE dialing_run (
    tenant_id    BIGINT       NOT NULL,
    campaign_key VARCHAR(64)  NOT NULL,
    mode         VARCHAR(16)  NOT NULL,
    started_by   VARCHAR(64)  NOT NULL,
    started_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, campaign_key),
    CONSTRAINT fk_dialing_run_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
