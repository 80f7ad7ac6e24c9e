CREATE TABLE flag_snapshot (
    id           BIGSERIAL PRIMARY KEY,
    project_id   VARCHAR(64)  NOT NULL,
    flag_key     VARCHAR(400) NOT NULL,
    active       BOOLEAN      NOT NULL,
    filters_json JSONB,
    synced_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX idx_flag_snapshot_project ON flag_snapshot (project_id, flag_key);
