CREATE TABLE flag_snapshot (
    id            BIGSERIAL PRIMARY KEY,
    flag_key      VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL,
    rollout       INTEGER,
    payload_hash  VARCHAR(64),
    synced_at     TIMESTAMP    NOT NULL DEFAULT now()
);
