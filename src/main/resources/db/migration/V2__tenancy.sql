-- Tenancy: platforms Cairn is registered with and the deployments within each registration.
-- A registration is (issuer, client id): Canvas cloud, Blackboard and Schoology share one issuer across all
-- customers, so nothing is keyed on the issuer alone. Tenant-owned rows elsewhere carry registration_id.
CREATE TABLE registration (
    id                        UUID PRIMARY KEY,
    issuer                    VARCHAR(512)  NOT NULL,
    client_id                 VARCHAR(255)  NOT NULL,
    name                      VARCHAR(255)  NOT NULL,
    platform_family           VARCHAR(64)   NOT NULL,
    authorization_endpoint    VARCHAR(1024) NOT NULL,
    token_endpoint            VARCHAR(1024),
    token_audience            VARCHAR(1024),
    jwks_uri                  VARCHAR(1024) NOT NULL,
    allowed_algorithms        VARCHAR(128)  NOT NULL,
    status                    VARCHAR(16)   NOT NULL,
    unknown_deployment_policy VARCHAR(16)   NOT NULL,
    source                    VARCHAR(32)   NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT        NOT NULL,
    CONSTRAINT registration_issuer_client UNIQUE (issuer, client_id),
    CONSTRAINT registration_status CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED')),
    CONSTRAINT registration_policy CHECK (unknown_deployment_policy IN ('REFUSE', 'AUTO_CREATE'))
);

CREATE TABLE deployment (
    id              UUID PRIMARY KEY,
    registration_id UUID         NOT NULL REFERENCES registration (id),
    deployment_id   VARCHAR(255) NOT NULL,
    label           VARCHAR(255),
    status          VARCHAR(16)  NOT NULL,
    created_by      VARCHAR(32)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT deployment_per_registration UNIQUE (registration_id, deployment_id),
    CONSTRAINT deployment_status CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED'))
);
