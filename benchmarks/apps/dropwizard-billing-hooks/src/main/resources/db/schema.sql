CREATE TABLE IF NOT EXISTS customers (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL,
    plan          TEXT NOT NULL DEFAULT 'starter',
    portal_token  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS billing_events (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    plan         TEXT,
    payload      JSONB NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
