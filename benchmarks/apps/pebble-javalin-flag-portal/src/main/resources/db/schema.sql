CREATE TABLE IF NOT EXISTS portal_account (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('VIEWER', 'EDITOR', 'ADMIN')),
    disabled_at   TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS portal_api_key (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES portal_account (id),
    key_sha256  CHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS portal_session (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES portal_account (id),
    ip          TEXT,
    user_agent  TEXT,
    opened_at   TIMESTAMPTZ NOT NULL,
    closed_at   TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS portal_flag (
    key                TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    enabled            BOOLEAN NOT NULL DEFAULT false,
    rollout_percentage INTEGER NOT NULL DEFAULT 0 CHECK (rollout_percentage BETWEEN 0 AND 100),
    posthog_id         BIGINT,
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS flag_drift (
    id              BIGSERIAL PRIMARY KEY,
    flag_key        TEXT NOT NULL REFERENCES portal_flag (key),
    portal_enabled  BOOLEAN NOT NULL,
    posthog_enabled BOOLEAN NOT NULL,
    seen_at         TIMESTAMPTZ NOT NULL
);
