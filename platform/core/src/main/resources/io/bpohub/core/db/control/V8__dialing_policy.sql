-- A tenant's rules for abandoned calls (issue 6: target and windows configurable per tenant), stricter than
-- or equal to the platform's defaults (3 %, 24 h and 30 days, 2 s, 72 h); no row means the defaults. And the
-- pacing strategy a predictive campaign was started with, so that a restart starts it with the same one.
CREATE TABLE dialing_policy (
    tenant_id           BIGINT       NOT NULL PRIMARY KEY,
    abandon_limit       DECIMAL(5,4) NOT NULL,
    short_window_hours  INT          NOT NULL,
    long_window_days    INT          NOT NULL,
    connect_within_ms   INT          NOT NULL,
    safe_harbor_message VARCHAR(64)  NOT NULL,
    no_redial_hours     INT          NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_dialing_policy_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE dialing_run ADD COLUMN strategy VARCHAR(64) NULL;
