-- The audit log: decisions an operator may need to trace later (a registration approved, a deployment
-- auto-created, a key rotated). Keep to SQL that H2 2.x and PostgreSQL 14+ both understand.
CREATE TABLE audit_event (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(64)   NOT NULL,
    subject     VARCHAR(512),
    detail      VARCHAR(2000),
    actor       VARCHAR(255),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
