-- What agents do to a call they are on (issue 6): put it on hold (until resumed, or until the call ends),
-- transfer it (to another agent or an outside number) and add a third party. Each step is stored when the agent
-- takes it, before the desk answers; the call's record (cdr, by call_id) reads its hold time, first hold,
-- transfer target and conference party from here.
CREATE TABLE call_step (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id        VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    agent_username VARCHAR(64)  NOT NULL,
    target         VARCHAR(100) NULL,
    started_at     TIMESTAMP(3) NOT NULL,
    ended_at       TIMESTAMP(3) NULL,
    KEY ix_call_step_call (call_id, kind, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
