CREATE TABLE IF NOT EXISTS feature_flag (
    id                 BIGSERIAL PRIMARY KEY,
    flag_key           VARCHAR(200) NOT NULL UNIQUE,
    name               VARCHAR(400),
    active             BOOLEAN      NOT NULL DEFAULT FALSE,
    rollout_percentage INTEGER      NOT NULL DEFAULT 0,
    synced_at          TIMESTAMP WITH TIME ZONE,
    version            INTEGER
);
