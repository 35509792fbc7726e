-- The built-in sandbox LMS (org.cairn.sandbox): a platform that talks to Cairn only over HTTP.
-- Its tables are its own; nothing of Cairn joins them.

-- The platform's signing keys (1EdTech Security Framework §6): the newest unretired key signs, older keys stay
-- published until retired_at so tokens they signed still verify.
CREATE TABLE sandbox_key (
    kid         VARCHAR(64)   PRIMARY KEY,
    jwk         VARCHAR(8000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE
);

-- Tools registered with the sandbox (Dynamic Registration 1.0 §3.5).
CREATE TABLE sandbox_tool (
    client_id          VARCHAR(64)   PRIMARY KEY,
    deployment_id      VARCHAR(64)   NOT NULL,
    client_name        VARCHAR(255)  NOT NULL,
    redirect_uris      VARCHAR(4000) NOT NULL,
    initiate_login_uri VARCHAR(1024) NOT NULL,
    jwks_uri           VARCHAR(1024) NOT NULL,
    target_link_uri    VARCHAR(1024) NOT NULL,
    scopes             VARCHAR(2000) NOT NULL,
    registration       VARCHAR(16000) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One-time registration tokens handed to a tool's registration page; a used token is never accepted again.
CREATE TABLE sandbox_registration_token (
    token_hash  VARCHAR(64) PRIMARY KEY,
    purpose     VARCHAR(32) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    client_id   VARCHAR(64)
);

-- Self-registration of Cairn with the sandbox: one row, the last outcome.
CREATE TABLE sandbox_self_registration (
    id          VARCHAR(16)   PRIMARY KEY,
    status      VARCHAR(16)   NOT NULL,
    detail      VARCHAR(2000) NOT NULL,
    attempts    INTEGER       NOT NULL,
    client_id   VARCHAR(64),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- OAuth 2.0 access tokens (stored as hashes) and client assertion ids seen (RFC 7523 §3 item 7: jti once).
CREATE TABLE sandbox_access_token (
    token_hash  VARCHAR(64)   PRIMARY KEY,
    client_id   VARCHAR(64)   NOT NULL,
    scopes      VARCHAR(2000) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sandbox_used_jti (
    client_id   VARCHAR(64)  NOT NULL,
    jti         VARCHAR(255) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, jti)
);

-- Who is signed in to the sandbox in a browser (its own first-party cookie).
CREATE TABLE sandbox_session (
    id          VARCHAR(64) PRIMARY KEY,
    user_id     VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- AGS 2.0 line items and the scores tools sent (received_at is when the sandbox got them).
CREATE TABLE sandbox_line_item (
    id                VARCHAR(64)   PRIMARY KEY,
    course_id         VARCHAR(64)   NOT NULL,
    label             VARCHAR(1000) NOT NULL,
    score_maximum     DOUBLE PRECISION NOT NULL,
    tag               VARCHAR(255),
    resource_id       VARCHAR(255),
    resource_link_id  VARCHAR(255),
    start_date_time   VARCHAR(64),
    end_date_time     VARCHAR(64),
    client_id         VARCHAR(64),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sandbox_line_item_course ON sandbox_line_item (course_id);

CREATE TABLE sandbox_score (
    line_item_id       VARCHAR(64)  NOT NULL REFERENCES sandbox_line_item (id) ON DELETE CASCADE,
    user_id            VARCHAR(255) NOT NULL,
    score_given        DOUBLE PRECISION,
    score_maximum      DOUBLE PRECISION,
    comment_text       VARCHAR(4000),
    score_timestamp    TIMESTAMP WITH TIME ZONE NOT NULL,
    activity_progress  VARCHAR(32)  NOT NULL,
    grading_progress   VARCHAR(32)  NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (line_item_id, user_id)
);

-- Deep Linking 2.0 content items a tool returned, shown in the course's module.
CREATE TABLE sandbox_content_item (
    id          VARCHAR(64)   PRIMARY KEY,
    course_id   VARCHAR(64)   NOT NULL,
    client_id   VARCHAR(64)   NOT NULL,
    item_type   VARCHAR(64)   NOT NULL,
    title       VARCHAR(1000),
    url         VARCHAR(2000),
    item_json   VARCHAR(16000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
