CREATE TABLE IF NOT EXISTS api_tokens (
    id           BIGSERIAL PRIMARY KEY,
    client_name  VARCHAR(120) NOT NULL,
    token        VARCHAR(80)  NOT NULL UNIQUE,
    token_type   VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked      BOOLEAN      NOT NULL DEFAULT FALSE
);
