CREATE TABLE flag_audit_log (
    id                  BIGSERIAL PRIMARY KEY,
    posthog_activity_id VARCHAR(64)  NOT NULL UNIQUE,
    flag_key            VARCHAR(200) NOT NULL,
    change_type         VARCHAR(32)  NOT NULL,
    actor_email         VARCHAR(320),
    before_state        JSONB,
    after_state         JSONB,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE INDEX idx_flag_audit_log_flag_key ON flag_audit_log (flag_key, changed_at DESC);
