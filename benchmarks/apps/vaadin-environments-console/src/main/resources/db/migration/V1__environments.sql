CREATE TABLE flag_environment (
    id                 BIGSERIAL PRIMARY KEY,
    name               VARCHAR(64)  NOT NULL UNIQUE,
    posthog_project_id BIGINT       NOT NULL,
    host               VARCHAR(255) NOT NULL,
    project_api_key    VARCHAR(64)  NOT NULL,
    secure_api_key     VARCHAR(64),
    key_type           VARCHAR(16)  NOT NULL DEFAULT 'SECURE',
    updated_at         TIMESTAMP    NOT NULL DEFAULT now()
);
