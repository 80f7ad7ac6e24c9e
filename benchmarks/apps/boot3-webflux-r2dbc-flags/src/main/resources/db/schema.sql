CREATE TABLE IF NOT EXISTS flag_override (
    id           BIGSERIAL PRIMARY KEY,
    flag_key     VARCHAR(200) NOT NULL,
    distinct_id  VARCHAR(200) NOT NULL,
    enabled      BOOLEAN      NOT NULL,
    reason       VARCHAR(500),
    created_by   VARCHAR(200),
    created_at   TIMESTAMP    NOT NULL DEFAULT now(),
    UNIQUE (flag_key, distinct_id)
);
