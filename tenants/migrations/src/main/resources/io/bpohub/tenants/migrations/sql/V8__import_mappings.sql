-- Column mappings saved by name, so that the next file of the same shape is imported the same way
-- (the mapping is the JSON the import records in contact_import.mapping).
CREATE TABLE import_mapping (
    name     VARCHAR(64)  PRIMARY KEY,
    mapping  LONGTEXT     NOT NULL CHECK (JSON_VALID(mapping)),
    saved_by VARCHAR(64)  NOT NULL,
    saved_at TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
