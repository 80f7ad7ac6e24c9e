CREATE TABLE tenant_flag_settings (
    id                 BIGSERIAL PRIMARY KEY,
    tenant_slug        VARCHAR(64)  NOT NULL UNIQUE,
    display_name       VARCHAR(200) NOT NULL,
    posthog_project_id BIGINT       NOT NULL,
    project_api_key    VARCHAR(80)  NOT NULL,
    personal_api_key   VARCHAR(80),
    key_kind           VARCHAR(32)  NOT NULL DEFAULT 'PERSONAL',
    host               VARCHAR(200) NOT NULL,
    verbose_sdk        BOOLEAN      NOT NULL DEFAULT FALSE,
    last_synced_at     TIMESTAMP WITH TIME ZONE
);
