-- Roster sync (NRPS): where a course's membership service is, and how its last sync went.
ALTER TABLE course ADD COLUMN memberships_url VARCHAR(2048);

CREATE TABLE roster_sync (
    course_id       UUID PRIMARY KEY REFERENCES course (id),
    status          VARCHAR(16)   NOT NULL,
    members_seen    INTEGER       NOT NULL,
    pages           INTEGER       NOT NULL,
    active_members  INTEGER       NOT NULL,
    left_members    INTEGER       NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    last_success_at TIMESTAMP WITH TIME ZONE,
    message         VARCHAR(2000),
    CONSTRAINT roster_sync_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
