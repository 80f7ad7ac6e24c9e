CREATE TABLE IF NOT EXISTS flag_audit (
    id          BIGSERIAL PRIMARY KEY,
    flag_key    TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS flag_audit_created_idx ON flag_audit (created_at DESC);
