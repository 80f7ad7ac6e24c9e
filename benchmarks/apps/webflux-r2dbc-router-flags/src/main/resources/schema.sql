CREATE TABLE IF NOT EXISTS api_credentials (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    kind        VARCHAR(32)  NOT NULL,
    secret      TEXT         NOT NULL,
    rotated_at  TIMESTAMPTZ
);
