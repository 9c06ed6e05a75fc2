-- Agents working a campaign being dialled (issue 6), so that after a restart of the platform they are back in
-- their campaign (paused until they say they are ready) instead of having to join again. A row lives from an
-- agent's join to their leave, a supervisor's forced logout or the campaign's stop.
CREATE TABLE dialing_agent (
    tenant_id    BIGINT       NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    campaign_key VARCHAR(64)  NOT NULL,
    joined_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (tenant_id, username),
    KEY ix_dialing_agent_campaign (tenant_id, campaign_key),
    CONSTRAINT fk_dialing_agent_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
