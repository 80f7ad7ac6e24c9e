CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    roles         TEXT[] NOT NULL DEFAULT '{}',
    failed_logins INT NOT NULL DEFAULT 0,
    disabled      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE api_token (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES app_user (id),
    session_id   BIGINT NOT NULL,
    token_digest CHAR(64) NOT NULL UNIQUE,
    expires_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE flag_audit (
    id         BIGSERIAL PRIMARY KEY,
    actor      TEXT NOT NULL,
    flag_key   TEXT NOT NULL,
    action     TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
