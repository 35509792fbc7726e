-- Standards and mastery: frameworks (CASE or CSV) and their standards, course standards, mastery scales, evidence,
-- method choices, teacher overrides and the derived mastery table. SQL that H2 2.x and PostgreSQL 14+ both run.
-- course_id and student_id name rows of the roster feature (courses, people), which lives on another branch:
-- they are plain UUID columns WITHOUT foreign keys until roster's tables exist. The tenant key is registration_id.
-- Optional references (a parent, an association end, a superseded piece, a standard's own method, a course's own
-- scale) are VARCHAR(36) without a foreign key: EclipseLink binds a null UUID as VARCHAR, which PostgreSQL refuses
-- for a UUID column. The application keeps them consistent (imports validate the tree before writing).

CREATE TABLE framework (
    id                UUID PRIMARY KEY,
    registration_id   UUID          NOT NULL REFERENCES registration (id),
    identifier        VARCHAR(255)  NOT NULL,
    uri               VARCHAR(1024),
    title             VARCHAR(1000) NOT NULL,
    creator           VARCHAR(1000),
    framework_version VARCHAR(255),
    last_change       TIMESTAMP WITH TIME ZONE,
    adoption_status   VARCHAR(64),
    source            VARCHAR(8)    NOT NULL,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by       VARCHAR(255)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT framework_identifier UNIQUE (registration_id, identifier),
    CONSTRAINT framework_source CHECK (source IN ('CASE', 'CSV'))
);

-- Items are never deleted: a re-import updates rows in place (evidence keeps pointing at them) or retires them.
CREATE TABLE standard (
    id              UUID PRIMARY KEY,
    framework_id    UUID          NOT NULL REFERENCES framework (id),
    identifier      VARCHAR(255)  NOT NULL,
    uri             VARCHAR(1024),
    code            VARCHAR(255),
    statement       VARCHAR(4000) NOT NULL,
    type_title      VARCHAR(255),
    type            VARCHAR(16)   NOT NULL,
    parent_id       VARCHAR(36),
    sequence_number INTEGER       NOT NULL,
    last_change     TIMESTAMP WITH TIME ZONE,
    retired         BOOLEAN       NOT NULL,
    retired_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT standard_identifier UNIQUE (framework_id, identifier),
    CONSTRAINT standard_type CHECK (type IN ('DOMAIN', 'CLUSTER', 'STANDARD', 'HABIT', 'OTHER'))
);
CREATE INDEX standard_parent ON standard (parent_id);

-- Progressions and crosswalks. An end outside the framework is external: identifier and URI, no standard id.
CREATE TABLE standard_association (
    id                     UUID PRIMARY KEY,
    framework_id           UUID         NOT NULL REFERENCES framework (id),
    identifier             VARCHAR(255),
    kind                   VARCHAR(24)  NOT NULL,
    case_type              VARCHAR(64)  NOT NULL,
    origin_id              VARCHAR(36),
    origin_identifier      VARCHAR(255),
    origin_uri             VARCHAR(1024),
    destination_id         VARCHAR(36),
    destination_identifier VARCHAR(255),
    destination_uri        VARCHAR(1024),
    destination_title      VARCHAR(1000),
    sequence_number        INTEGER,
    CONSTRAINT standard_association_kind CHECK (kind IN ('PRECEDES', 'IS_PREREQUISITE_OF', 'EXACT_MATCH_OF', 'IS_RELATED_TO', 'OTHER'))
);
CREATE INDEX standard_association_framework ON standard_association (framework_id);
CREATE INDEX standard_association_origin ON standard_association (origin_id);

-- A course's prioritized standards, ordered and grouped into units.
CREATE TABLE course_standard (
    id              UUID PRIMARY KEY,
    registration_id UUID         NOT NULL REFERENCES registration (id),
    course_id       UUID         NOT NULL,
    standard_id     UUID         NOT NULL REFERENCES standard (id),
    ordinal         INTEGER      NOT NULL,
    unit_name       VARCHAR(255),
    unit_start      DATE,
    unit_end        DATE,
    category        VARCHAR(24)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT course_standard_once UNIQUE (course_id, standard_id),
    CONSTRAINT course_standard_category CHECK (category IN ('ACADEMIC', 'HABIT', 'SOCIAL_EMOTIONAL'))
);

-- The tenant default scale has no course_id; a course override has one (one per course).
CREATE TABLE mastery_scale (
    id              UUID PRIMARY KEY,
    registration_id UUID         NOT NULL REFERENCES registration (id),
    course_id       VARCHAR(36),
    name            VARCHAR(255) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT mastery_scale_course UNIQUE (registration_id, course_id)
);

CREATE TABLE mastery_scale_level (
    scale_id UUID             NOT NULL REFERENCES mastery_scale (id),
    ordinal  INTEGER          NOT NULL,
    points   DOUBLE PRECISION NOT NULL,
    label    VARCHAR(255)     NOT NULL,
    colour   VARCHAR(32)      NOT NULL,
    mastery  BOOLEAN          NOT NULL,
    PRIMARY KEY (scale_id, ordinal)
);

-- Evidence is a fact: a correction is a new row that supersedes the old one (which becomes CORRECTED and keeps
-- who, when and why in status_changed_*); nothing is overwritten.
CREATE TABLE evidence (
    id                UUID PRIMARY KEY,
    registration_id   UUID             NOT NULL REFERENCES registration (id),
    course_id         UUID             NOT NULL,
    student_id        UUID             NOT NULL,
    standard_id       UUID             NOT NULL REFERENCES standard (id),
    points            DOUBLE PRECISION NOT NULL,
    observed_on       DATE             NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    source            VARCHAR(16)      NOT NULL,
    author            VARCHAR(255)     NOT NULL,
    note              VARCHAR(2000),
    artifact_uri      VARCHAR(2048),
    status            VARCHAR(24)      NOT NULL,
    supersedes_id     VARCHAR(36),
    status_changed_by VARCHAR(255),
    status_changed_at TIMESTAMP WITH TIME ZONE,
    status_reason     VARCHAR(2000),
    version           BIGINT           NOT NULL,
    CONSTRAINT evidence_source CHECK (source IN ('ASSESSMENT', 'OBSERVATION', 'LMS_RESULT', 'SELF_ASSESSMENT', 'OUT_OF_SCHOOL')),
    CONSTRAINT evidence_status CHECK (status IN ('RECORDED', 'PENDING_VALIDATION', 'REJECTED', 'CORRECTED'))
);
CREATE INDEX evidence_student_standard ON evidence (course_id, student_id, standard_id);
CREATE INDEX evidence_course_status ON evidence (course_id, status);

-- The method of a course (standard_id NULL) or of one standard in it (overrides the course's).
CREATE TABLE mastery_method (
    id                      UUID PRIMARY KEY,
    registration_id         UUID             NOT NULL REFERENCES registration (id),
    course_id               UUID             NOT NULL,
    standard_id             VARCHAR(36),
    method                  VARCHAR(24)      NOT NULL,
    n_times                 INTEGER          NOT NULL,
    weight                  DOUBLE PRECISION NOT NULL,
    rate                    DOUBLE PRECISION NOT NULL,
    include_self_assessment BOOLEAN          NOT NULL,
    chosen_by               VARCHAR(255)     NOT NULL,
    chosen_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT           NOT NULL,
    CONSTRAINT mastery_method_kind CHECK (method IN ('HIGHEST', 'MOST_RECENT', 'AVERAGE', 'MODE', 'N_TIMES',
        'WEIGHTED_AVERAGE', 'DECAYING_AVERAGE', 'POWER_LAW'))
);
CREATE INDEX mastery_method_course ON mastery_method (course_id);

-- A teacher's judgement over the calculated level; withdrawn, never deleted; survives every recalculation.
CREATE TABLE level_override (
    id              UUID PRIMARY KEY,
    registration_id UUID             NOT NULL REFERENCES registration (id),
    course_id       UUID             NOT NULL,
    student_id      UUID             NOT NULL,
    standard_id     UUID             NOT NULL REFERENCES standard (id),
    points          DOUBLE PRECISION NOT NULL,
    note            VARCHAR(2000)    NOT NULL,
    set_by          VARCHAR(255)     NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_by    VARCHAR(255),
    withdrawn_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT           NOT NULL
);
CREATE INDEX level_override_student_standard ON level_override (course_id, student_id, standard_id);

-- Derived: rebuilt from evidence, methods and overrides at any time (safe to truncate).
CREATE TABLE mastery (
    id               UUID PRIMARY KEY,
    registration_id  UUID             NOT NULL REFERENCES registration (id),
    course_id        UUID             NOT NULL,
    student_id       UUID             NOT NULL,
    standard_id      UUID             NOT NULL REFERENCES standard (id),
    score            DOUBLE PRECISION,
    computed_points  DOUBLE PRECISION,
    level_points     DOUBLE PRECISION,
    method           VARCHAR(24)      NOT NULL,
    evidence_count   INTEGER          NOT NULL,
    overridden       BOOLEAN          NOT NULL,
    computed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mastery_once UNIQUE (course_id, student_id, standard_id)
);
