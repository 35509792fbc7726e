-- Learning plans: planning periods, plan templates, plans, goals (with revisions and progress), reflections,
-- "about me" profiles, conferences and conference slots.
-- course_id, student_id, teacher_id, author_id, created_by, revised_by, recorded_by, updated_by and standard_id
-- name rows owned by the roster and competency features; they carry no foreign key here on purpose (those
-- tables are built on other branches), so the REST layer must resolve them through CourseAccess first.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 14.

CREATE TABLE planning_period (
    id          UUID PRIMARY KEY,
    course_id   UUID         NOT NULL,
    name        VARCHAR(120) NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    created_by  UUID         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT planning_period_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX planning_period_course ON planning_period (course_id, starts_on);

CREATE TABLE planning_period_standard (
    period_id   UUID    NOT NULL REFERENCES planning_period (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    standard_id UUID    NOT NULL,
    CONSTRAINT planning_period_standard_pk PRIMARY KEY (period_id, position)
);

CREATE TABLE plan_template (
    id                 UUID PRIMARY KEY,
    course_id          UUID        NOT NULL,
    cadence            VARCHAR(16) NOT NULL,
    conference_minutes INTEGER     NOT NULL,
    updated_by         UUID        NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT plan_template_per_course UNIQUE (course_id),
    CONSTRAINT plan_template_cadence CHECK (cadence IN ('WEEKLY', 'BIWEEKLY')),
    CONSTRAINT plan_template_minutes CHECK (conference_minutes BETWEEN 1 AND 60)
);

CREATE TABLE plan_template_prompt (
    template_id UUID         NOT NULL REFERENCES plan_template (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    prompt      VARCHAR(300) NOT NULL,
    CONSTRAINT plan_template_prompt_pk PRIMARY KEY (template_id, position)
);

CREATE TABLE plan_template_goal_suggestion (
    template_id UUID         NOT NULL REFERENCES plan_template (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    suggestion  VARCHAR(500) NOT NULL,
    CONSTRAINT plan_template_goal_suggestion_pk PRIMARY KEY (template_id, position)
);

CREATE TABLE learning_plan (
    id          UUID PRIMARY KEY,
    course_id   UUID   NOT NULL,
    student_id  UUID   NOT NULL,
    template_id UUID   REFERENCES plan_template (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL,
    CONSTRAINT learning_plan_per_student UNIQUE (course_id, student_id)
);

CREATE TABLE learning_plan_prompt (
    plan_id  UUID         NOT NULL REFERENCES learning_plan (id) ON DELETE CASCADE,
    position INTEGER      NOT NULL,
    prompt   VARCHAR(300) NOT NULL,
    CONSTRAINT learning_plan_prompt_pk PRIMARY KEY (plan_id, position)
);

CREATE TABLE learning_plan_goal_suggestion (
    plan_id    UUID         NOT NULL REFERENCES learning_plan (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    suggestion VARCHAR(500) NOT NULL,
    CONSTRAINT learning_plan_goal_suggestion_pk PRIMARY KEY (plan_id, position)
);

CREATE TABLE about_me (
    id                              UUID PRIMARY KEY,
    plan_id                         UUID          NOT NULL REFERENCES learning_plan (id),
    student_id                      UUID          NOT NULL,
    interests                       VARCHAR(2000),
    interests_visibility            VARCHAR(16)   NOT NULL,
    strengths                       VARCHAR(2000),
    strengths_visibility            VARCHAR(16)   NOT NULL,
    learn_best                      VARCHAR(2000),
    learn_best_visibility           VARCHAR(16)   NOT NULL,
    teachers_should_know            VARCHAR(2000),
    teachers_should_know_visibility VARCHAR(16)   NOT NULL,
    family                          VARCHAR(2000),
    family_visibility               VARCHAR(16)   NOT NULL,
    updated_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    version                         BIGINT        NOT NULL,
    CONSTRAINT about_me_per_plan UNIQUE (plan_id),
    CONSTRAINT about_me_visibility CHECK (
        interests_visibility IN ('ONLY_ME', 'MY_TEACHERS') AND strengths_visibility IN ('ONLY_ME', 'MY_TEACHERS')
        AND learn_best_visibility IN ('ONLY_ME', 'MY_TEACHERS')
        AND teachers_should_know_visibility IN ('ONLY_ME', 'MY_TEACHERS')
        AND family_visibility IN ('ONLY_ME', 'MY_TEACHERS'))
);

CREATE TABLE conference (
    id              UUID PRIMARY KEY,
    course_id       UUID        NOT NULL,
    plan_id         UUID        NOT NULL REFERENCES learning_plan (id),
    student_id      UUID        NOT NULL,
    teacher_id      UUID        NOT NULL,
    scheduled_on    DATE        NOT NULL,
    starts_at       TIME        NOT NULL,
    minutes         INTEGER     NOT NULL,
    status          VARCHAR(16) NOT NULL,
    notes           VARCHAR(8000),
    notes_shareable BOOLEAN     NOT NULL,
    held_at         TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT conference_status CHECK (status IN ('SCHEDULED', 'HELD', 'MISSED', 'CANCELLED')),
    CONSTRAINT conference_minutes CHECK (minutes BETWEEN 1 AND 60)
);
CREATE INDEX conference_course ON conference (course_id, scheduled_on);
CREATE INDEX conference_plan ON conference (plan_id);

CREATE TABLE conference_slot (
    id        UUID PRIMARY KEY,
    course_id UUID    NOT NULL,
    slot_date DATE    NOT NULL,
    starts_at TIME    NOT NULL,
    minutes   INTEGER NOT NULL,
    label     VARCHAR(120),
    CONSTRAINT conference_slot_minutes CHECK (minutes BETWEEN 1 AND 480)
);
CREATE INDEX conference_slot_course ON conference_slot (course_id, slot_date);

CREATE TABLE goal (
    id                  UUID PRIMARY KEY,
    plan_id             UUID         NOT NULL REFERENCES learning_plan (id),
    period_id           UUID         NOT NULL REFERENCES planning_period (id),
    goal_text           VARCHAR(500) NOT NULL,
    serves_standard_id  UUID,
    serves_habit        VARCHAR(32),
    target_kind         VARCHAR(16)  NOT NULL,
    target_standard_id  UUID,
    target_level_points INTEGER,
    target_quantity     INTEGER,
    target_unit         VARCHAR(40),
    target_times        INTEGER,
    target_per          VARCHAR(16),
    target_date         DATE         NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    author_id           UUID         NOT NULL,
    author_role         VARCHAR(16)  NOT NULL,
    conference_id       UUID         REFERENCES conference (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT goal_serves_one CHECK ((serves_standard_id IS NULL AND serves_habit IS NOT NULL)
        OR (serves_standard_id IS NOT NULL AND serves_habit IS NULL)),
    CONSTRAINT goal_target CHECK (
        (target_kind = 'REACH_LEVEL' AND target_standard_id IS NOT NULL AND target_level_points IS NOT NULL)
        OR (target_kind = 'COUNT_PER' AND target_quantity IS NOT NULL AND target_unit IS NOT NULL
            AND target_times IS NOT NULL AND target_per IN ('DAY', 'WEEK', 'PERIOD'))),
    CONSTRAINT goal_status CHECK (status IN ('ACTIVE', 'MET', 'NOT_MET', 'DROPPED')),
    CONSTRAINT goal_author_role CHECK (author_role IN ('STUDENT', 'TEACHER'))
);
CREATE INDEX goal_plan ON goal (plan_id);

CREATE TABLE goal_revision (
    goal_id              UUID         NOT NULL REFERENCES goal (id),
    position             INTEGER      NOT NULL,
    revised_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    revised_by           UUID         NOT NULL,
    revised_by_role      VARCHAR(16)  NOT NULL,
    previous_text        VARCHAR(500) NOT NULL,
    previous_target      VARCHAR(200) NOT NULL,
    previous_target_date DATE         NOT NULL,
    previous_status      VARCHAR(16)  NOT NULL,
    CONSTRAINT goal_revision_pk PRIMARY KEY (goal_id, position)
);

CREATE TABLE goal_progress (
    goal_id     UUID          NOT NULL REFERENCES goal (id),
    position    INTEGER       NOT NULL,
    progress_on DATE          NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by UUID          NOT NULL,
    note        VARCHAR(1000),
    amount      DOUBLE PRECISION,
    CONSTRAINT goal_progress_pk PRIMARY KEY (goal_id, position)
);

CREATE TABLE reflection (
    id                  UUID PRIMARY KEY,
    plan_id             UUID    NOT NULL REFERENCES learning_plan (id),
    period_id           UUID    NOT NULL REFERENCES planning_period (id),
    student_id          UUID    NOT NULL,
    written_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    goal_setting_rating INTEGER,
    monitoring_rating   INTEGER,
    persistence_rating  INTEGER,
    CONSTRAINT reflection_ratings CHECK ((goal_setting_rating IS NULL OR goal_setting_rating BETWEEN 1 AND 4)
        AND (monitoring_rating IS NULL OR monitoring_rating BETWEEN 1 AND 4)
        AND (persistence_rating IS NULL OR persistence_rating BETWEEN 1 AND 4))
);
CREATE INDEX reflection_plan ON reflection (plan_id, written_at);

CREATE TABLE reflection_answer (
    reflection_id UUID          NOT NULL REFERENCES reflection (id),
    position      INTEGER       NOT NULL,
    prompt        VARCHAR(300)  NOT NULL,
    answer        VARCHAR(4000) NOT NULL,
    CONSTRAINT reflection_answer_pk PRIMARY KEY (reflection_id, position)
);
