-- A remote agent (issue 6) works from a phone of their own (home, mobile): calls are put through to that
-- number instead of the platform's softphone endpoint; kept so that a restart puts them back on it.
ALTER TABLE dialing_agent ADD COLUMN remote_phone VARCHAR(16) NULL;
