-- Call scripts with versions and trials, orders, complaints, phone–mail–phone material requests and
-- bulletins. Campaigns are referenced by their key and people by username (both live elsewhere);
-- contacts by contact.id. department_id / team_id are the org-tree position used for data scope.

CREATE TABLE script (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    script_key  VARCHAR(64) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    UNIQUE KEY uq_script_key (script_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- content: the opening / interaction / close document as JSON; never changed once out of DRAFT.
-- live_marker makes "one LIVE version per script" a constraint, not only a rule in code.
CREATE TABLE script_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    script_id        BIGINT NOT NULL,
    version          INT NOT NULL,
    state            VARCHAR(16) NOT NULL,
    content          LONGTEXT NOT NULL,
    testers          TEXT NULL,
    target_calls     INT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    trial_started_at TIMESTAMP(3) NULL,
    live_at          TIMESTAMP(3) NULL,
    retired_at       TIMESTAMP(3) NULL,
    forced_reason    VARCHAR(1000) NULL,
    live_marker      TINYINT AS (CASE WHEN state = 'LIVE' THEN 1 END) PERSISTENT,
    UNIQUE KEY uq_script_version (script_id, version),
    UNIQUE KEY uq_script_one_live (script_id, live_marker),
    CONSTRAINT fk_version_script FOREIGN KEY (script_id) REFERENCES script (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per call made with a TRIAL or LIVE version; call_ref (the CDR id) keeps a retry from counting twice.
CREATE TABLE script_call (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id     BIGINT NOT NULL,
    agent_username VARCHAR(64) NOT NULL,
    talk_seconds   BIGINT NOT NULL,
    success        BOOLEAN NOT NULL,
    call_ref       VARCHAR(128) NULL,
    recorded_at    TIMESTAMP(3) NOT NULL,
    recorded_by    VARCHAR(64) NOT NULL,
    UNIQUE KEY uq_script_call_ref (version_id, call_ref),
    CONSTRAINT fk_call_version FOREIGN KEY (version_id) REFERENCES script_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sales_order (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_id    BIGINT NOT NULL,
    campaign_key  VARCHAR(64) NULL,
    status        VARCHAR(16) NOT NULL,
    total         DECIMAL(24,8) NOT NULL,
    currency      CHAR(3) NOT NULL,
    placed_by     VARCHAR(64) NOT NULL,
    department_id BIGINT NULL,
    team_id       BIGINT NULL,
    placed_at     TIMESTAMP(3) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    KEY ix_order_placed_by (placed_by),
    KEY ix_order_team (team_id),
    KEY ix_order_department (department_id),
    KEY ix_order_status (status, placed_at),
    CONSTRAINT fk_order_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id   BIGINT NOT NULL,
    line_no    INT NOT NULL,
    product    VARCHAR(200) NOT NULL,
    quantity   DECIMAL(24,8) NOT NULL,
    unit_price DECIMAL(24,8) NOT NULL,
    amount     DECIMAL(24,8) NOT NULL,
    UNIQUE KEY uq_order_line (order_id, line_no),
    CONSTRAINT fk_item_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_event (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id BIGINT NOT NULL,
    status   VARCHAR(16) NOT NULL,
    at       TIMESTAMP(3) NOT NULL,
    by_user  VARCHAR(64) NOT NULL,
    note     VARCHAR(1000) NULL,
    KEY ix_event_order (order_id, id),
    CONSTRAINT fk_event_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE complaint (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_id    BIGINT NOT NULL,
    campaign_key  VARCHAR(64) NULL,
    category      VARCHAR(64) NOT NULL,
    description   TEXT NOT NULL,
    severity      VARCHAR(16) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    assignee      VARCHAR(64) NULL,
    recorded_by   VARCHAR(64) NOT NULL,
    department_id BIGINT NULL,
    team_id       BIGINT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    due_at        TIMESTAMP(3) NOT NULL,
    resolution    TEXT NULL,
    resolved_at   TIMESTAMP(3) NULL,
    closed_at     TIMESTAMP(3) NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    KEY ix_complaint_recorded_by (recorded_by),
    KEY ix_complaint_assignee (assignee),
    KEY ix_complaint_team (team_id),
    KEY ix_complaint_department (department_id),
    KEY ix_complaint_status (status, due_at),
    CONSTRAINT fk_complaint_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE complaint_note (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT NOT NULL,
    at           TIMESTAMP(3) NOT NULL,
    by_user      VARCHAR(64) NOT NULL,
    text         TEXT NOT NULL,
    status_from  VARCHAR(16) NULL,
    status_to    VARCHAR(16) NULL,
    KEY ix_note_complaint (complaint_id, id),
    CONSTRAINT fk_note_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Phone–mail–phone: the material to send and when to call again. The contact's next dial attempt is
-- the campaign workflow's; it reads follow_up_at from here.
CREATE TABLE material_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_id    BIGINT NOT NULL,
    campaign_key  VARCHAR(64) NULL,
    channel       VARCHAR(16) NOT NULL,
    material      VARCHAR(200) NOT NULL,
    address       VARCHAR(500) NOT NULL,
    state         VARCHAR(16) NOT NULL,
    follow_up_at  TIMESTAMP(3) NOT NULL,
    note          VARCHAR(1000) NULL,
    requested_by  VARCHAR(64) NOT NULL,
    department_id BIGINT NULL,
    team_id       BIGINT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    KEY ix_material_requested_by (requested_by),
    KEY ix_material_team (team_id),
    KEY ix_material_department (department_id),
    KEY ix_material_follow_up (state, follow_up_at),
    CONSTRAINT fk_material_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- unit_id: an org_unit id of this tenant in the control database; NULL = the whole tenant.
CREATE TABLE bulletin (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id    BIGINT NULL,
    title      VARCHAR(200) NOT NULL,
    body       TEXT NOT NULL,
    posted_by  VARCHAR(64) NOT NULL,
    posted_at  TIMESTAMP(3) NOT NULL,
    expires_at TIMESTAMP(3) NULL,
    KEY ix_bulletin_unit (unit_id, posted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE bulletin_read (
    bulletin_id BIGINT NOT NULL,
    username    VARCHAR(64) NOT NULL,
    read_at     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (bulletin_id, username),
    CONSTRAINT fk_read_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
