-- Contact import (decision 0011): contacts join a campaign with their number in E.164, unique per
-- campaign; every import is recorded with its checkpoint so that a crash resumes it without writing a
-- row twice; rejected rows are kept for the rejects file; the tenant's do-not-call list.

-- phone keeps the number as written (widened: lists carry text like "+86 138 0013 8000 ext 12");
-- phone_e164 is what is dialled and deduplicated. time_zone holds one or more IANA zones separated by
-- commas: the number's zones, narrowed by the city/address when it names one of them, widened by it
-- when it names another (calling hours then use the window valid in all of them); NULL when unknown.
-- NULLs in campaign_key / phone_e164 (contacts created by hand before campaigns) never collide.
-- E.164 numbers and region codes are ASCII: ascii_bin keeps the unique key small and its compares cheap.
ALTER TABLE contact
    MODIFY COLUMN phone VARCHAR(64) NOT NULL,
    ADD COLUMN campaign_key   VARCHAR(64)   NULL,
    ADD COLUMN phone_e164     VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN alt_phone      VARCHAR(64)   NULL,
    ADD COLUMN alt_phone_e164 VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN external_id    VARCHAR(64)   NULL,
    ADD COLUMN email          VARCHAR(254)  NULL,
    ADD COLUMN address        VARCHAR(500)  NULL,
    ADD COLUMN city           VARCHAR(100)  NULL,
    ADD COLUMN region         CHAR(2)       CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN time_zone      VARCHAR(1000) NULL,
    ADD COLUMN custom_fields  LONGTEXT      NULL CHECK (custom_fields IS NULL OR JSON_VALID(custom_fields)),
    ADD COLUMN import_id      BIGINT        NULL,
    ADD COLUMN source_row     BIGINT        NULL,
    ADD UNIQUE KEY ux_contact_campaign_phone (campaign_key, phone_e164),
    ADD KEY ix_contact_import (import_id, source_row);

-- One row per import. checkpoint_row is the last source row whose outcome (contact or reject) is
-- committed; it changes only in the same transaction as those rows. The request (mapping, charset,
-- region, strictness) is kept so that a resume reads the file exactly as the first run did.
CREATE TABLE contact_import (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant             VARCHAR(64)   NOT NULL,
    campaign_key       VARCHAR(64)   NOT NULL,
    file_name          VARCHAR(255)  NOT NULL,
    file_sha256        CHAR(64)      NOT NULL,
    file_bytes         BIGINT        NOT NULL,
    file_format        VARCHAR(8)    NOT NULL,
    charset            VARCHAR(32)   NULL,
    default_region     CHAR(2)       NOT NULL,
    strict_columns     BOOLEAN       NOT NULL,
    mapping            LONGTEXT      NOT NULL CHECK (JSON_VALID(mapping)),
    source_headers     LONGTEXT      NULL CHECK (source_headers IS NULL OR JSON_VALID(source_headers)),
    state              VARCHAR(16)   NOT NULL,
    rows_read          BIGINT        NOT NULL DEFAULT 0,
    accepted           BIGINT        NOT NULL DEFAULT 0,
    rejected           BIGINT        NOT NULL DEFAULT 0,
    qualification_rate DECIMAL(7,6)  NULL,
    checkpoint_row     BIGINT        NOT NULL DEFAULT 0,
    error              VARCHAR(2000) NULL,
    started_at         TIMESTAMP(3)  NOT NULL,
    started_by         VARCHAR(64)   NOT NULL,
    finished_at        TIMESTAMP(3)  NULL,
    finished_by        VARCHAR(64)   NULL,
    KEY ix_contact_import_campaign (campaign_key, id),
    KEY ix_contact_import_state (state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rejected rows with every cell as read (JSON array), for the downloadable rejects file. The key makes
-- a row's reject unique, like the campaign/number key does for contacts.
CREATE TABLE contact_import_reject (
    import_id  BIGINT       NOT NULL,
    row_no     BIGINT       NOT NULL,
    reason     VARCHAR(32)  NOT NULL,
    detail     VARCHAR(500) NOT NULL,
    phone_e164 VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    raw_values LONGTEXT     NOT NULL,
    PRIMARY KEY (import_id, row_no),
    CONSTRAINT fk_contact_import_reject FOREIGN KEY (import_id) REFERENCES contact_import (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The tenant's do-not-call list. The agency-wide list is a table of the same shape in the control
-- database; callers pass it to imports and dial-time checks.
CREATE TABLE dnc_number (
    e164     VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
    source   VARCHAR(200) NOT NULL,
    added_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    added_by VARCHAR(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
