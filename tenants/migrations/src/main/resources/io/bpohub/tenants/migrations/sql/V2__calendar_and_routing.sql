-- The tenant's business calendar as one JSON document (weekly-hours versions, dated entries with
-- their source, emergency switch); every change is kept as a revision.
CREATE TABLE business_calendar (
    id          INT PRIMARY KEY,
    document    LONGTEXT NOT NULL CHECK (JSON_VALID(document)),
    revision    BIGINT NOT NULL,
    changed_at  TIMESTAMP(3) NOT NULL,
    changed_by  VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE business_calendar_revision (
    revision    BIGINT PRIMARY KEY,
    document    LONGTEXT NOT NULL,
    changed_at  TIMESTAMP(3) NOT NULL,
    changed_by  VARCHAR(64) NOT NULL,
    change_note VARCHAR(500) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- campaign_key '' is the tenant's default policy; other keys override it for one campaign.
CREATE TABLE routing_policy (
    campaign_key           VARCHAR(64) PRIMARY KEY,
    mode                   VARCHAR(16) NOT NULL,
    overflow_after_seconds INT NULL,
    overflow_when_busy     BOOLEAN NOT NULL DEFAULT FALSE,
    temporary_project      BOOLEAN NOT NULL DEFAULT FALSE,
    changed_at             TIMESTAMP(3) NOT NULL,
    changed_by             VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
