-- Calls placed by the dialer (issue 6): the CDR carries every step of the call so that reports, the
-- abandon-rate windows and the no-redial rule after an abandoned call read it; call_id makes writing a
-- call's record idempotent (a record delivered twice is stored once). Rows recorded through the billing
-- API (earlier CDRs) leave the new columns NULL.
ALTER TABLE cdr
    ADD COLUMN call_id         VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN contact_id      BIGINT       NULL,
    ADD COLUMN dial_mode       VARCHAR(16)  NULL,
    ADD COLUMN originated_at   TIMESTAMP(3) NULL,
    ADD COLUMN ringing_at      TIMESTAMP(3) NULL,
    ADD COLUMN answered_at     TIMESTAMP(3) NULL,
    ADD COLUMN connected_at    TIMESTAMP(3) NULL,
    ADD COLUMN abandoned_at    TIMESTAMP(3) NULL,
    ADD COLUMN ended_at        TIMESTAMP(3) NULL,
    ADD COLUMN hung_up_by      VARCHAR(16)  NULL,
    ADD COLUMN recording_ref   VARCHAR(255) NULL,
    ADD UNIQUE KEY ux_cdr_call (call_id),
    ADD KEY ix_cdr_contact (contact_id, started_at),
    ADD KEY ix_cdr_abandoned (destination, abandoned_at),
    ADD KEY ix_cdr_campaign_answered (campaign_key, answered_at);

-- Every change of an agent's state while working a campaign (ready, reserved, on call, wrap-up, paused with
-- reason, logged out): status history, occupancy and timesheets are computed from it.
CREATE TABLE agent_state_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agent_username VARCHAR(64)  NOT NULL,
    campaign_key   VARCHAR(64)  NOT NULL,
    from_state     VARCHAR(16)  NOT NULL,
    to_state       VARCHAR(16)  NOT NULL,
    at             TIMESTAMP(3) NOT NULL,
    pause_reason   VARCHAR(200) NULL,
    contact_id     BIGINT       NULL,
    call_id        VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    KEY ix_agent_state_agent (agent_username, at),
    KEY ix_agent_state_campaign (campaign_key, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
