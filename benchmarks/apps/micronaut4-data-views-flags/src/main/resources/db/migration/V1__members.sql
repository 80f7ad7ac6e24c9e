CREATE TABLE members (
    id            BIGSERIAL PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    tier          VARCHAR(32)  NOT NULL DEFAULT 'STANDARD',
    points        INTEGER      NOT NULL DEFAULT 0,
    last_seen_at  TIMESTAMP WITH TIME ZONE
);
