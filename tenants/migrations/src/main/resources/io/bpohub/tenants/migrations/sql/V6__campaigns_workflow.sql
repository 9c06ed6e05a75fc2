-- Campaigns and the four-stage telemarketing workflow (decision 0013).

-- A campaign. The offer, the daily dialing windows (at most four) and the cadence are small documents
-- read and written whole: JSON. Teams and dispositions are rows, so "which campaigns does team 7 work"
-- is a query and a disposition key is unique per campaign by construction. operating_mode NULL = the
-- tenant's mode; script_key names a script of the scripts feature.
CREATE TABLE campaign (
    campaign_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    offer          LONGTEXT     NULL CHECK (offer IS NULL OR JSON_VALID(offer)),
    start_date     DATE         NOT NULL,
    end_date       DATE         NULL,
    dialing_windows LONGTEXT    NOT NULL CHECK (JSON_VALID(dialing_windows)),
    cadence        LONGTEXT     NOT NULL CHECK (JSON_VALID(cadence)),
    script_key     VARCHAR(64)  NULL,
    operating_mode VARCHAR(16)  NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    changed_at     TIMESTAMP(3) NOT NULL,
    changed_by     VARCHAR(64)  NOT NULL,
    KEY ix_campaign_state (state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Teams working a campaign: the tenant's own (in-house) or the agency's (outsourced); ids of org_unit
-- in the control database.
CREATE TABLE campaign_team (
    campaign_key VARCHAR(64) NOT NULL,
    team_id      BIGINT      NOT NULL,
    PRIMARY KEY (campaign_key, team_id),
    KEY ix_campaign_team_team (team_id),
    CONSTRAINT fk_campaign_team FOREIGN KEY (campaign_key) REFERENCES campaign (campaign_key) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Wrap-up codes bound to keys; position keeps the order the agent sees them in.
CREATE TABLE campaign_disposition (
    campaign_key    VARCHAR(64)  NOT NULL,
    disposition_key VARCHAR(8)   NOT NULL,
    position        INT          NOT NULL,
    label           VARCHAR(100) NOT NULL,
    result          VARCHAR(16)  NOT NULL,
    intent_class    VARCHAR(16)  NULL,
    stage           VARCHAR(16)  NULL,
    PRIMARY KEY (campaign_key, disposition_key),
    CONSTRAINT fk_campaign_disposition FOREIGN KEY (campaign_key) REFERENCES campaign (campaign_key) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Workflow state on the contact. unanswered_attempts counts no answer / busy in a row (reset when the
-- contact is reached) against the campaign's maximum; next_attempt_at NULL = not to be called, with
-- stop_reason saying why. The key serves the dialer's "who is due in this campaign".
ALTER TABLE contact
    ADD COLUMN stage               VARCHAR(16)  NOT NULL DEFAULT 'SCREENING',
    ADD COLUMN intent_class        VARCHAR(16)  NULL,
    ADD COLUMN lead_grade          CHAR(1)      NULL,
    ADD COLUMN attempts            INT          NOT NULL DEFAULT 0,
    ADD COLUMN unanswered_attempts INT          NOT NULL DEFAULT 0,
    ADD COLUMN last_called_at      TIMESTAMP(3) NULL,
    ADD COLUMN last_disposition    VARCHAR(8)   NULL,
    ADD COLUMN last_result         VARCHAR(16)  NULL,
    ADD COLUMN next_attempt_at     TIMESTAMP(3) NULL,
    ADD COLUMN stop_reason         VARCHAR(16)  NULL,
    ADD KEY ix_contact_next_attempt (campaign_key, next_attempt_at);

-- Every outcome and grade change of a contact, with class, stage and grade before and after, and the
-- call and disposition behind it: the contact's history is never rewritten.
CREATE TABLE contact_workflow_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_id      BIGINT       NOT NULL,
    at              TIMESTAMP(3) NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    call_ref        VARCHAR(64)  NULL,
    disposition_key VARCHAR(8)   NULL,
    result          VARCHAR(16)  NULL,
    from_class      VARCHAR(16)  NULL,
    to_class        VARCHAR(16)  NULL,
    from_stage      VARCHAR(16)  NOT NULL,
    to_stage        VARCHAR(16)  NOT NULL,
    from_grade      CHAR(1)      NULL,
    to_grade        CHAR(1)      NULL,
    next_attempt_at TIMESTAMP(3) NULL,
    note            VARCHAR(2000) NULL,
    KEY ix_workflow_event_contact (contact_id, id),
    CONSTRAINT fk_workflow_event_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Callbacks and appointments. state is BOOKED, TAKEN, DONE or MISSED as stored; DUE is BOOKED past due_at
-- (derived when asked). team_id is the booked agent's team at booking: who may take it when the agent is away.
CREATE TABLE callback (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_id     BIGINT        NOT NULL,
    campaign_key   VARCHAR(64)   NULL,
    agent_username VARCHAR(64)   NULL,
    team_id        BIGINT        NULL,
    due_at         TIMESTAMP(3)  NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    note           VARCHAR(2000) NULL,
    booked_at      TIMESTAMP(3)  NOT NULL,
    booked_by      VARCHAR(64)   NOT NULL,
    taken_at       TIMESTAMP(3)  NULL,
    taken_by       VARCHAR(64)   NULL,
    done_at        TIMESTAMP(3)  NULL,
    KEY ix_callback_agent (agent_username, state, due_at),
    KEY ix_callback_team (team_id, state, due_at),
    KEY ix_callback_contact (contact_id, id),
    CONSTRAINT fk_callback_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every move of a contact down (or back up) the tree.
CREATE TABLE contact_assignment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_id         BIGINT       NOT NULL,
    at                 TIMESTAMP(3) NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    reason             VARCHAR(16)  NOT NULL,
    from_department_id BIGINT       NULL,
    to_department_id   BIGINT       NULL,
    from_team_id       BIGINT       NULL,
    to_team_id         BIGINT       NULL,
    from_agent         VARCHAR(64)  NULL,
    to_agent           VARCHAR(64)  NULL,
    KEY ix_contact_assignment_contact (contact_id, id),
    CONSTRAINT fk_contact_assignment_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
