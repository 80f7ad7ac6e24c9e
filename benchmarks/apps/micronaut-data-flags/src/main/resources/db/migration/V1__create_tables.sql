CREATE TABLE feature_flag (
    id               BIGSERIAL PRIMARY KEY,
    remote_id        BIGINT       NOT NULL,
    flag_key         VARCHAR(255) NOT NULL UNIQUE,
    name             VARCHAR(512),
    active           BOOLEAN      NOT NULL DEFAULT FALSE,
    rollout_percentage INT,
    synced_at        TIMESTAMP WITH TIME ZONE
);

CREATE TABLE project_credential (
    id               BIGSERIAL PRIMARY KEY,
    project_id       VARCHAR(32)  NOT NULL UNIQUE,
    project_api_key  VARCHAR(64)  NOT NULL,
    secret_key       VARCHAR(64)  NOT NULL,
    key_type         VARCHAR(32)  NOT NULL
);
