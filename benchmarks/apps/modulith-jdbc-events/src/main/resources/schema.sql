CREATE TABLE IF NOT EXISTS orders (
    id          BIGSERIAL PRIMARY KEY,
    reference   VARCHAR(32)    NOT NULL UNIQUE,
    customer_id VARCHAR(64)    NOT NULL,
    total       NUMERIC(12, 2) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    status      VARCHAR(16)    NOT NULL,
    capture_id  VARCHAR(64),
    created_at  TIMESTAMPTZ    NOT NULL,
    version     INTEGER        NOT NULL DEFAULT 0
);

CREATE INDEX IF NOT EXISTS idx_orders_customer ON orders (customer_id);
