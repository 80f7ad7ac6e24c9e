CREATE TABLE IF NOT EXISTS flag_definition (
    id                 BIGSERIAL PRIMARY KEY,
    posthog_id         BIGINT       NOT NULL UNIQUE,
    flag_key           VARCHAR(200) NOT NULL UNIQUE,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    rollout_percentage INTEGER,
    synced_at          TIMESTAMPTZ  NOT NULL
);
