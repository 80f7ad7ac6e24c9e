CREATE TABLE IF NOT EXISTS persistent_logins (
    username  VARCHAR(64) NOT NULL,
    series    VARCHAR(64) PRIMARY KEY,
    token     VARCHAR(64) NOT NULL,
    last_used TIMESTAMP   NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_event (
    id          BIGSERIAL PRIMARY KEY,
    principal   VARCHAR(128) NOT NULL,
    event_type  VARCHAR(64)  NOT NULL,
    occurred_at TIMESTAMP    NOT NULL,
    data        TEXT
);

CREATE INDEX IF NOT EXISTS audit_event_principal_idx ON audit_event (principal, occurred_at);
