-- Grades, part 2: where each course's AGS service is (from the launch), how a course groups its gradebook
-- columns, scores that clear a column, and LMS results read back as evidence. H2 2.x and PostgreSQL 14+.

-- The AGS endpoint claim of the latest launch into a course (AGS 2.0 §3.1). No row: no grades for that course.
CREATE TABLE course_ags (
    course_id       UUID PRIMARY KEY,
    registration_id UUID          NOT NULL REFERENCES registration (id),
    line_items_url  VARCHAR(2048),
    line_item_url   VARCHAR(2048),
    scopes          VARCHAR(2000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The teacher's choice: one gradebook column per prioritized standard (STANDARD, the default) or per planning
-- period (PERIOD).
CREATE TABLE course_grading (
    course_id       UUID PRIMARY KEY,
    registration_id UUID        NOT NULL REFERENCES registration (id),
    grouping_kind   VARCHAR(16) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_grading_kind CHECK (grouping_kind IN ('STANDARD', 'PERIOD'))
);

-- A student who no longer has a level: the score is sent without scoreGiven (AGS 2.0 §3.4.2), which clears the
-- LMS column instead of leaving a level that is no longer true. lms_label is the label the LMS column has, so a
-- renamed standard renames its column at the next delivery.
ALTER TABLE score_delivery ALTER COLUMN score_given DROP NOT NULL;
ALTER TABLE line_item ADD COLUMN lms_label VARCHAR(255);

-- An LMS assignment (a line item Cairn does not own) whose results count as evidence for a standard.
CREATE TABLE lms_result_mapping (
    id              UUID PRIMARY KEY,
    registration_id UUID          NOT NULL REFERENCES registration (id),
    course_id       UUID          NOT NULL,
    line_item_url   VARCHAR(2048) NOT NULL,
    label           VARCHAR(255)  NOT NULL,
    standard_id     UUID          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_read_at    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    CONSTRAINT lms_result_mapping_once UNIQUE (course_id, line_item_url, standard_id)
);

-- Each result is recorded as evidence once: (mapping, user, the result's own timestamp or, without one, score).
CREATE TABLE lms_result_read (
    mapping_id   UUID          NOT NULL REFERENCES lms_result_mapping (id),
    user_sub     VARCHAR(255)  NOT NULL,
    result_key   VARCHAR(255)  NOT NULL,
    evidence_id  UUID,
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lms_result_read_once PRIMARY KEY (mapping_id, user_sub, result_key)
);
