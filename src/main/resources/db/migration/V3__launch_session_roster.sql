-- The LTI launch (login states, used nonces), Cairn's own sessions, and the roster (people, courses,
-- enrollments) a launch upserts. SQL that H2 2.x and PostgreSQL 14+ both understand.

-- OIDC login initiation state (LTI Core 1.3 §5.1.1, Security Framework §5.1.1.2): one row per login, shared
-- across nodes, consumed once by DELETE ... WHERE state = ? affecting exactly one row.
CREATE TABLE lti_login_state (
    state               VARCHAR(64)   PRIMARY KEY,
    nonce               VARCHAR(64)   NOT NULL,
    binding_hash        VARCHAR(64)   NOT NULL,
    registration_id     UUID          NOT NULL REFERENCES registration (id),
    deployment_hint     VARCHAR(255),
    target_link_uri     VARCHAR(2048) NOT NULL,
    storage_target      VARCHAR(255),
    platform_origin     VARCHAR(512)  NOT NULL,
    client_id           VARCHAR(255),
    login_hint          VARCHAR(2048) NOT NULL,
    message_hint        VARCHAR(8192),
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lti_login_state_expires ON lti_login_state (expires_at);

-- Nonces of accepted id_tokens, remembered until the token expires: the primary key makes a replay fail on
-- any node (Security Framework §5.1.3 step 9).
CREATE TABLE lti_used_nonce (
    issuer     VARCHAR(512) NOT NULL,
    nonce      VARCHAR(255) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lti_used_nonce_pk PRIMARY KEY (issuer, nonce)
);
CREATE INDEX lti_used_nonce_expires ON lti_used_nonce (expires_at);

-- A platform user: (registration, sub). Name and email only when the platform shares them.
CREATE TABLE person (
    id              UUID PRIMARY KEY,
    registration_id UUID         NOT NULL REFERENCES registration (id),
    sub             VARCHAR(255) NOT NULL,
    name            VARCHAR(255),
    given_name      VARCHAR(255),
    family_name     VARCHAR(255),
    email           VARCHAR(320),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT person_per_registration UNIQUE (registration_id, sub)
);

-- An LMS context: (registration, context.id).
CREATE TABLE course (
    id              UUID PRIMARY KEY,
    registration_id UUID         NOT NULL REFERENCES registration (id),
    deployment_id   UUID         NOT NULL REFERENCES deployment (id),
    context_id      VARCHAR(255) NOT NULL,
    title           VARCHAR(512),
    label           VARCHAR(255),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT course_per_registration UNIQUE (registration_id, context_id)
);

CREATE TABLE enrollment (
    id         UUID PRIMARY KEY,
    course_id  UUID          NOT NULL REFERENCES course (id),
    person_id  UUID          NOT NULL REFERENCES person (id),
    role       VARCHAR(16)   NOT NULL,
    lti_roles  VARCHAR(4000) NOT NULL,
    active     BOOLEAN       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT enrollment_once UNIQUE (course_id, person_id),
    CONSTRAINT enrollment_role CHECK (role IN ('TEACHER', 'STUDENT', 'OBSERVER', 'OTHER'))
);

-- Cairn's session after a launch: only the SHA-256 of the bearer token is stored.
CREATE TABLE course_session (
    id              UUID PRIMARY KEY,
    token_hash      VARCHAR(64)  NOT NULL,
    person_id       UUID         NOT NULL REFERENCES person (id),
    course_id       UUID         NOT NULL REFERENCES course (id),
    registration_id UUID         NOT NULL REFERENCES registration (id),
    deployment_id   UUID         NOT NULL REFERENCES deployment (id),
    sub             VARCHAR(255) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    locale          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_session_token UNIQUE (token_hash),
    CONSTRAINT course_session_role CHECK (role IN ('TEACHER', 'STUDENT', 'OBSERVER', 'OTHER'))
);
CREATE INDEX course_session_expires ON course_session (expires_at);
