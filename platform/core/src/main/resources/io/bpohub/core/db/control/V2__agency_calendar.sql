-- The agency's own business calendar, same shape as a tenant's (see the tenant migration V2).
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
