CREATE TABLE admin_user (
    id             BIGSERIAL PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL UNIQUE,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(32)  NOT NULL DEFAULT 'ADMIN',
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE project_integration (
    id                 BIGSERIAL PRIMARY KEY,
    tenant_slug        VARCHAR(64)  NOT NULL UNIQUE,
    display_name       VARCHAR(128) NOT NULL,
    posthog_project_id BIGINT       NOT NULL,
    project_api_key    VARCHAR(64)  NOT NULL,
    -- encrypted by ApiKeyCryptoConverter before it reaches this column
    personal_api_key   TEXT,
    key_kind           VARCHAR(16)  NOT NULL DEFAULT 'PERSONAL',
    api_key_id         BIGINT,
    last_synced_at     TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX idx_project_integration_project ON project_integration (posthog_project_id);
