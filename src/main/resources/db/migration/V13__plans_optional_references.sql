-- Optional references of learning plans become text (VARCHAR(36)), as everywhere else in Cairn (see
-- competency.entity.UuidText): EclipseLink 4.0.7 cannot read a NULL from a UUID column (NullPointerException in
-- its UUIDConverter) and binds a null UUID as VARCHAR, which PostgreSQL refuses for a UUID column.
-- What a goal serves and targets: no foreign key (standards belong to competency), so the type changes in place;
-- the CHECK constraints only test IS NULL / IS NOT NULL and stay as they are.
ALTER TABLE goal ALTER COLUMN serves_standard_id SET DATA TYPE VARCHAR(36);
ALTER TABLE goal ALTER COLUMN target_standard_id SET DATA TYPE VARCHAR(36);

-- The conference a goal was agreed in and the template a plan started from had foreign keys whose generated
-- names differ between H2 and PostgreSQL, so they move to new text columns; the old UUID columns stay NULL from
-- now on (nothing maps them any more).
ALTER TABLE goal ADD COLUMN agreed_in_conference VARCHAR(36);
UPDATE goal SET agreed_in_conference = CAST(conference_id AS VARCHAR(36)) WHERE conference_id IS NOT NULL;
ALTER TABLE learning_plan ADD COLUMN started_from_template VARCHAR(36);
UPDATE learning_plan SET started_from_template = CAST(template_id AS VARCHAR(36)) WHERE template_id IS NOT NULL;

-- People and standards inside element collections (goal revisions and progress, a period's target standards):
-- EclipseLink binds UUIDs of embeddables and basic element collections as VARCHAR, which PostgreSQL refuses for a
-- UUID column, so these are text too. None has a foreign key (people and standards belong to other features).
ALTER TABLE goal_revision ALTER COLUMN revised_by SET DATA TYPE VARCHAR(36);
ALTER TABLE goal_progress ALTER COLUMN recorded_by SET DATA TYPE VARCHAR(36);
ALTER TABLE planning_period_standard ALTER COLUMN standard_id SET DATA TYPE VARCHAR(36);
