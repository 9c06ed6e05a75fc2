-- The agency-wide do-not-call list: a number here is blocked for every tenant, at import and at dial
-- time. Same shape as each tenant's dnc_number table, so one registry reads both.
CREATE TABLE dnc_number (
    e164     VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
    source   VARCHAR(200) NOT NULL,
    added_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    added_by VARCHAR(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
