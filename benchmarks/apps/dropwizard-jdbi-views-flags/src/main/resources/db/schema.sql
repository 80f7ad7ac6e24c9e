CREATE TABLE IF NOT EXISTS admin_accounts (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    password_hash CHAR(64)     NOT NULL,
    roles         VARCHAR(128) NOT NULL DEFAULT 'viewer',
    ops_token     VARCHAR(64)  NOT NULL,
    last_login_at TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS flag_overrides (
    id          BIGSERIAL PRIMARY KEY,
    flag_key    VARCHAR(200) NOT NULL,
    distinct_id VARCHAR(200) NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    reason      TEXT,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS flag_overrides_flag_key_idx ON flag_overrides (flag_key);
