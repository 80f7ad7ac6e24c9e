CREATE TABLE IF NOT EXISTS flag_overrides (
    distinct_id VARCHAR(200) NOT NULL,
    flag_key    VARCHAR(200) NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (distinct_id, flag_key)
);
