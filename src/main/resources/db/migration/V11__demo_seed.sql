-- The sandbox demo course was seeded with Cairn-side demo data (framework, prioritized standards, evidence) once.
-- The primary key makes a second, concurrent seed of the same course fail instead of doubling the evidence.
CREATE TABLE demo_seed (
    course_id       UUID PRIMARY KEY REFERENCES course (id),
    registration_id UUID    NOT NULL REFERENCES registration (id),
    seeded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    students        INTEGER NOT NULL,
    evidence        INTEGER NOT NULL
);
