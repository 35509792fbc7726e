-- Roster sync by differences (NRPS 2.0 §2.4.2): the rel="differences" URL the platform offered with the last
-- successful read and when that read started, which kind of read the last sync was and why a full one, and when
-- the whole membership was last read. SQL that H2 2.x and PostgreSQL 14+ both understand.
ALTER TABLE roster_sync ADD COLUMN sync_mode VARCHAR(16);
ALTER TABLE roster_sync ADD COLUMN full_reason VARCHAR(32);
ALTER TABLE roster_sync ADD COLUMN differences_failure VARCHAR(2000);
ALTER TABLE roster_sync ADD COLUMN differences_url VARCHAR(2048);
ALTER TABLE roster_sync ADD COLUMN differences_obtained_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE roster_sync ADD COLUMN full_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE roster_sync ADD COLUMN last_full_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE roster_sync ADD CONSTRAINT roster_sync_mode CHECK (sync_mode IN ('FULL', 'DIFFERENCES'));
ALTER TABLE roster_sync ADD CONSTRAINT roster_sync_full_reason CHECK (full_reason IN ('NO_DIFFERENCES_URL',
    'DIFFERENCES_TOO_OLD', 'FULL_SYNC_DUE', 'REQUESTED', 'DIFFERENCES_FAILED'));
