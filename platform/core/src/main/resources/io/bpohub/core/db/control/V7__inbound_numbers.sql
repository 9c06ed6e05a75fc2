-- The installation's inbound numbers (E.164) and the tenant each one belongs to: an inbound call is the
-- tenant's whose number was dialled. The agency assigns them; a number belongs to one tenant at a time.
CREATE TABLE inbound_number (
    number      VARCHAR(16)  NOT NULL PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    assigned_by VARCHAR(64)  NOT NULL,
    assigned_at TIMESTAMP(3) NOT NULL,
    KEY ix_inbound_number_tenant (tenant_id),
    CONSTRAINT fk_inbound_number_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
