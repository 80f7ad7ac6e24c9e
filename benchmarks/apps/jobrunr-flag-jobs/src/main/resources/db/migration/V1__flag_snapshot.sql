CREATE TABLE flag_snapshot (
    id                  BIGSERIAL PRIMARY KEY,
    project_id          BIGINT       NOT NULL,
    flag_key            VARCHAR(200) NOT NULL,
    active              BOOLEAN      NOT NULL,
    rollout_percentage  INTEGER,
    synced_at           TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX idx_flag_snapshot_project_synced ON flag_snapshot (project_id, synced_at DESC);
