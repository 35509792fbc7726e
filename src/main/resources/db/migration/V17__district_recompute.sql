-- A district's (a registration's) full mastery recompute runs in the background: its progress and outcome are kept
-- here, one row per registration (the last run), so the operator can follow it from any node and a second run is
-- refused while one is alive.
CREATE TABLE mastery_recompute_run (
    registration_id UUID PRIMARY KEY REFERENCES registration (id),
    status          VARCHAR(16)   NOT NULL,
    courses_total   INTEGER       NOT NULL,
    courses_done    INTEGER       NOT NULL,
    pairs           BIGINT        NOT NULL,
    written         BIGINT        NOT NULL,
    failed_courses  VARCHAR(1000),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    message         VARCHAR(2000),
    CONSTRAINT mastery_recompute_run_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);
