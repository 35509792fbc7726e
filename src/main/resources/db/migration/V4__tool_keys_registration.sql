-- Cairn's own signing keys and the origins each registration's platform may frame Cairn from.
-- A key is NEXT (published, not signing), CURRENT (signing) or RETIRED (published until what it signed has
-- expired). "slot" holds the state for NEXT and CURRENT and is NULL once retired: the unique constraint lets
-- at most one NEXT and one CURRENT exist, so two nodes starting at once cannot both create first keys.
CREATE TABLE tool_key (
    id              UUID PRIMARY KEY,
    kid             VARCHAR(128)  NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    slot            VARCHAR(16),
    public_jwk      VARCHAR(4000) NOT NULL,
    private_key     VARCHAR(8000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    signing_since   TIMESTAMP WITH TIME ZONE,
    retired_at      TIMESTAMP WITH TIME ZONE,
    unpublish_after TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT tool_key_kid UNIQUE (kid),
    CONSTRAINT tool_key_slot UNIQUE (slot),
    CONSTRAINT tool_key_state CHECK (state IN ('NEXT', 'CURRENT', 'RETIRED'))
);

-- Space-separated origins allowed to frame Cairn for this registration (Content-Security-Policy
-- frame-ancestors). NULL means the defaults derived from the issuer and the authorization endpoint.
ALTER TABLE registration ADD COLUMN frame_origins VARCHAR(4000);
