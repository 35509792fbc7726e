-- A teacher's save of a whole list or object (a course's prioritized standards, its scale, a student's own agenda)
-- may carry the version its page loaded, and is refused when someone saved since (infra.problem.StaleSave). These
-- are the versions it is compared with. SQL for both H2 2.x and PostgreSQL 14+.

-- A course's prioritized standards are many course_standard rows saved as one list. This row stands for the list:
-- its version moves with every save, and a save locks it first, so saves of one course's list take turns. A course
-- whose list was saved before this migration has no row until its next save (version 0 until then).
CREATE TABLE course_standard_list (
    id              UUID PRIMARY KEY,
    registration_id UUID   NOT NULL REFERENCES registration (id),
    course_id       UUID   NOT NULL,
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT course_standard_list_once UNIQUE (registration_id, course_id)
);

-- A course's own scale is dropped (back to the district's default) by marking its row instead of deleting it, so
-- its version keeps counting when the course is given a scale again: a page that loaded the earlier scale cannot
-- send a version that matches the new one. A dropped row keeps no levels.
ALTER TABLE mastery_scale ADD COLUMN dropped BOOLEAN DEFAULT FALSE NOT NULL;

-- A student's own agenda gets a version. "Follow the group again" empties station_ids instead of deleting the row,
-- for the same reason.
ALTER TABLE rotation_own_agenda ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
