-- Usage other than calls, as the channels, seat-time accounting and order desk record it: messages
-- (quantity = parts), outsourced seat intervals (seconds), successful orders (quantity = orders).
CREATE TABLE usage_record (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_type    VARCHAR(16) NOT NULL,
    started_at     TIMESTAMP(3) NOT NULL,
    seconds        BIGINT NOT NULL,
    quantity       BIGINT NOT NULL,
    channel        VARCHAR(32) NULL,
    handler        VARCHAR(16) NOT NULL,
    campaign_key   VARCHAR(64) NULL,
    agent_username VARCHAR(64) NULL,
    reference      VARCHAR(128) NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    KEY ix_usage_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the agency pays for each call (carrier cost by trunk and destination): one row per CDR, the
-- same shape and the same idempotent writer as charge.
CREATE TABLE cost LIKE charge;

-- A correction to a charge of a closed period: the difference between the re-rated amount and what
-- was invoiced (plus earlier adjustments). Settled by the next invoice or by a credit note.
CREATE TABLE charge_adjustment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_type        VARCHAR(16) NOT NULL,
    source_id          VARCHAR(64) NOT NULL,
    original_period    CHAR(7) NOT NULL,
    charge_type        VARCHAR(16) NOT NULL,
    amount             DECIMAL(24,8) NOT NULL,
    currency           CHAR(3) NOT NULL,
    rule               VARCHAR(1000) NOT NULL,
    created_at         TIMESTAMP(3) NOT NULL,
    created_by         VARCHAR(64) NOT NULL,
    settled_by_invoice BIGINT NULL,
    KEY ix_adjustment_source (source_type, source_id),
    KEY ix_adjustment_open (settled_by_invoice, original_period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Issued invoices and credit notes. The number comes from the agency's gap-free register in the
-- control database; document keeps exactly what was printed, so a reprint never changes.
CREATE TABLE invoice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    number      VARCHAR(32) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    period      CHAR(7) NOT NULL,
    refers_to   VARCHAR(32) NULL,
    issue_date  DATE NOT NULL,
    due_date    DATE NOT NULL,
    currency    CHAR(3) NOT NULL,
    subtotal    DECIMAL(24,8) NOT NULL,
    tax_total   DECIMAL(24,8) NOT NULL,
    total       DECIMAL(24,8) NOT NULL,
    document    LONGTEXT NOT NULL CHECK (JSON_VALID(document)),
    issued_at   TIMESTAMP(3) NOT NULL,
    issued_by   VARCHAR(64) NOT NULL,
    UNIQUE KEY ux_invoice_number (number),
    KEY ix_invoice_period (period, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_line (
    invoice_id      BIGINT NOT NULL,
    line_no         INT NOT NULL,
    charge_type     VARCHAR(16) NOT NULL,
    original_period CHAR(7) NOT NULL,
    description     VARCHAR(200) NOT NULL,
    quantity        DECIMAL(24,6) NOT NULL,
    unit            VARCHAR(16) NOT NULL,
    records         BIGINT NOT NULL,
    amount          DECIMAL(24,8) NOT NULL,
    PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT fk_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE billing_period ADD COLUMN invoice_number VARCHAR(32) NULL;
