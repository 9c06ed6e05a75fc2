-- A tenant's contacts, assigned down the org tree (department -> team -> agent).
-- Org unit ids and agent usernames refer to the control database's org tree.
CREATE TABLE contact (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    phone         VARCHAR(32)  NOT NULL,
    department_id BIGINT NULL,
    team_id       BIGINT NULL,
    agent_username VARCHAR(64) NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_by    VARCHAR(64)  NOT NULL,
    KEY ix_contact_department (department_id),
    KEY ix_contact_team (team_id),
    KEY ix_contact_agent (agent_username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
