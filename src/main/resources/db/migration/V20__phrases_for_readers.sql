-- Sentences a person reads later are kept as a bundle key and its arguments (infra.i18n.PhraseText: JSON text
-- {"key": ..., "arguments": [...]}), phrased in the reader's language when read. The old text columns stay for the
-- rows written before, which are shown as they were written.

-- A goal revision's previous target ("reach level 3 on standard ...", "20 minutes, 4 per week").
ALTER TABLE goal_revision ADD COLUMN previous_target_phrase VARCHAR(1000);
ALTER TABLE goal_revision ALTER COLUMN previous_target DROP NOT NULL;

-- Why a course's roster sync, or its differences read, failed.
ALTER TABLE roster_sync ADD COLUMN message_phrase VARCHAR(8000);
ALTER TABLE roster_sync ADD COLUMN differences_failure_phrase VARCHAR(8000);

-- Why a score delivery's last attempt failed (what a teacher reads on a delivery that needs attention).
ALTER TABLE score_delivery ADD COLUMN last_error_phrase VARCHAR(8000);

-- Why a district's mastery recompute stopped.
ALTER TABLE mastery_recompute_run ADD COLUMN message_phrase VARCHAR(8000);
