-- Inbound calls (issue 6). The tenant's inbound plan (queues and the IVR tree) is one JSON document; every
-- save is a new revision, the newest is in force (a call follows the revision it started with), and older ones
-- stay for audit. Agents' skills are per tenant: an agency agent may speak Spanish for one client only.
CREATE TABLE inbound_plan (
    revision   BIGINT AUTO_INCREMENT PRIMARY KEY,
    document   MEDIUMTEXT   NOT NULL,
    saved_by   VARCHAR(64)  NOT NULL,
    saved_at   TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agent_skill (
    agent_username VARCHAR(64) NOT NULL,
    skill          VARCHAR(64) NOT NULL,
    PRIMARY KEY (agent_username, skill)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An inbound call's CDR (dial_mode INBOUND, destination = the caller's number): the queue it waited in, when it
-- was queued, the path through the IVR (node names and keys pressed) and the satisfaction survey's score.
ALTER TABLE cdr
    ADD COLUMN queue_key    VARCHAR(64)  NULL,
    ADD COLUMN queued_at    TIMESTAMP(3) NULL,
    ADD COLUMN ivr_path     VARCHAR(500) NULL,
    ADD COLUMN survey_score TINYINT      NULL,
    ADD KEY ix_cdr_queue (queue_key, started_at),
    ADD KEY ix_cdr_agent (agent_username, started_at);
