-- Grades: the LMS line items Cairn owns and the score outbox. Scores are inserted in the same transaction as
-- their cause and delivered by a background worker (docs/grades.md). SQL for both H2 2.x and PostgreSQL 14+.

-- One gradebook column per (registration, course, kind, subject): a standard's mastery or a period's result.
-- ags_url stays empty until the worker has found (by tag and resource_id) or created the column in the LMS.
CREATE TABLE line_item (
    id              UUID PRIMARY KEY,
    registration_id UUID          NOT NULL REFERENCES registration (id),
    course_id       UUID          NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    subject_id      UUID          NOT NULL,
    line_items_url  VARCHAR(2048),
    ags_url         VARCHAR(2048),
    tag             VARCHAR(255)  NOT NULL,
    resource_id     VARCHAR(255)  NOT NULL,
    label           VARCHAR(255)  NOT NULL,
    score_maximum   DOUBLE PRECISION NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT line_item_subject UNIQUE (registration_id, course_id, kind, subject_id),
    CONSTRAINT line_item_kind CHECK (kind IN ('STANDARD', 'PERIOD')),
    CONSTRAINT line_item_has_url CHECK (line_items_url IS NOT NULL OR ags_url IS NOT NULL)
);

-- One score for one student on one line item. score_timestamp is the score's own time (ms precision, strictly
-- increasing per line item and user); locked_by/locked_until are the lease of the worker that claimed it, so
-- work held by a node that died becomes due again when the lease runs out.
CREATE TABLE score_delivery (
    id               UUID PRIMARY KEY,
    registration_id  UUID          NOT NULL REFERENCES registration (id),
    course_id        UUID          NOT NULL,
    line_item_id     UUID          NOT NULL REFERENCES line_item (id),
    user_sub         VARCHAR(255)  NOT NULL,
    score_given      DOUBLE PRECISION NOT NULL,
    score_maximum    DOUBLE PRECISION NOT NULL,
    score_comment    VARCHAR(1000),
    score_timestamp  TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    first_failure_at TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    locked_by        VARCHAR(128),
    locked_until     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT score_delivery_status CHECK (status IN ('PENDING', 'IN_FLIGHT', 'DELIVERED', 'SUPERSEDED', 'NEEDS_ATTENTION'))
);
-- The worker's claim: due work by status and time.
CREATE INDEX score_delivery_due ON score_delivery (status, next_attempt_at);
-- Ordering and superseding per (line item, student), and the teacher's counts per line item.
CREATE INDEX score_delivery_line_item_user ON score_delivery (line_item_id, user_sub, score_timestamp);
