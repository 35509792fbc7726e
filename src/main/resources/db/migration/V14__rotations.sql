-- Station rotations: a course's reusable stations, rotations (a date, rounds, minutes, the stations in play),
-- every grouping kept with its inputs and the mastery snapshot it was built from, teachers' moves and students'
-- own agendas. SQL that H2 2.x and PostgreSQL 14+ both run. course_id and student ids name roster rows; like
-- competency's tables they carry the tenant key (registration_id) and no foreign key to the roster.
-- Structured inputs and results are JSON text (VARCHAR(1000000) runs on both databases): they are written once
-- and read whole, never queried inside.

CREATE TABLE rotation_station (
    id              UUID PRIMARY KEY,
    registration_id UUID          NOT NULL REFERENCES registration (id),
    course_id       UUID          NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    link            VARCHAR(2048),
    capacity        INTEGER       NOT NULL,
    instructions    VARCHAR(4000) NOT NULL,
    retired         BOOLEAN       NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT rotation_station_kind CHECK (kind IN ('TEACHER_LED', 'COLLABORATIVE', 'INDEPENDENT', 'DIGITAL')),
    CONSTRAINT rotation_station_capacity CHECK (capacity >= 1)
);
CREATE INDEX rotation_station_course ON rotation_station (course_id);

-- station_ids: the stations in play, in rotation order, comma-separated UUIDs.
-- current_round / round_started_at: where the classroom board is (round_started_at NULL = paused or not started).
CREATE TABLE rotation (
    id                UUID PRIMARY KEY,
    registration_id   UUID          NOT NULL REFERENCES registration (id),
    course_id         UUID          NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    held_on           DATE          NOT NULL,
    rounds            INTEGER       NOT NULL,
    minutes_per_round INTEGER       NOT NULL,
    station_ids       VARCHAR(4000) NOT NULL,
    current_round     INTEGER       NOT NULL,
    round_started_at  TIMESTAMP WITH TIME ZONE,
    created_by        VARCHAR(36)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT rotation_rounds CHECK (rounds >= 1 AND minutes_per_round >= 1)
);
CREATE INDEX rotation_course ON rotation (course_id, held_on);

-- Every grouping is kept: inputs (method, target standards, constraints, absent list), the mastery snapshot it
-- read and its result (groups, explanations, relaxed soft goals). A regroup adds a row; the newest is current.
CREATE TABLE rotation_grouping (
    id              UUID PRIMARY KEY,
    rotation_id     UUID            NOT NULL REFERENCES rotation (id),
    registration_id UUID            NOT NULL REFERENCES registration (id),
    course_id       UUID            NOT NULL,
    sequence_number INTEGER         NOT NULL,
    method          VARCHAR(8)      NOT NULL,
    inputs          VARCHAR(1000000) NOT NULL,
    snapshot        VARCHAR(1000000) NOT NULL,
    result          VARCHAR(1000000) NOT NULL,
    created_by      VARCHAR(36)     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rotation_grouping_method CHECK (method IN ('SKILL', 'MIXED')),
    CONSTRAINT rotation_grouping_once UNIQUE (rotation_id, sequence_number)
);

-- A teacher's move of one student to another group, replayed in order over the grouping's result.
CREATE TABLE rotation_group_move (
    id              UUID PRIMARY KEY,
    grouping_id     UUID         NOT NULL REFERENCES rotation_grouping (id),
    sequence_number INTEGER      NOT NULL,
    student_id      VARCHAR(36)  NOT NULL,
    from_group      INTEGER      NOT NULL,
    to_group        INTEGER      NOT NULL,
    moved_by        VARCHAR(36)  NOT NULL,
    moved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rotation_group_move_once UNIQUE (grouping_id, sequence_number)
);

-- A student's own sequence of stations (one per round), followed wherever the station has room.
CREATE TABLE rotation_own_agenda (
    id          UUID PRIMARY KEY,
    rotation_id UUID          NOT NULL REFERENCES rotation (id),
    student_id  VARCHAR(36)   NOT NULL,
    station_ids VARCHAR(4000) NOT NULL,
    set_by      VARCHAR(36)   NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rotation_own_agenda_once UNIQUE (rotation_id, student_id)
);
