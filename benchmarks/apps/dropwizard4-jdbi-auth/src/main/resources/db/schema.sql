CREATE TABLE desk_users (
    username      VARCHAR(64) PRIMARY KEY,
    password_hash CHAR(64)    NOT NULL
);

CREATE TABLE desk_user_roles (
    username VARCHAR(64) NOT NULL REFERENCES desk_users (username),
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE api_tokens (
    token_sha256 CHAR(64)    PRIMARY KEY,
    username     VARCHAR(64) NOT NULL REFERENCES desk_users (username),
    revoked      BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE integrations (
    id               BIGSERIAL PRIMARY KEY,
    name             VARCHAR(128) NOT NULL,
    project_id       VARCHAR(32)  NOT NULL,
    personal_api_key VARCHAR(128) NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    rotated_at       TIMESTAMPTZ
);
