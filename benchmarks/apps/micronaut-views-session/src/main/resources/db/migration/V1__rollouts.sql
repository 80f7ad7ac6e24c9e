CREATE TABLE rollouts (
    id                 BIGSERIAL PRIMARY KEY,
    remote_id          BIGINT       NOT NULL,
    flag_key           VARCHAR(200) NOT NULL UNIQUE,
    name               VARCHAR(400),
    active             BOOLEAN      NOT NULL DEFAULT FALSE,
    rollout_percentage INT          NOT NULL DEFAULT 0,
    owner              VARCHAR(100),
    synced_at          TIMESTAMPTZ,
    revision_token     BIGINT
);

CREATE INDEX rollouts_owner_idx ON rollouts (owner);
