CREATE TABLE IF NOT EXISTS flags (
    id                 BIGINT PRIMARY KEY,
    key                TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL DEFAULT '',
    active             BOOLEAN NOT NULL DEFAULT FALSE,
    rollout_percentage INTEGER NOT NULL DEFAULT 100,
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS api_clients (
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT NOT NULL,
    scope        TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,
    last_seen_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
