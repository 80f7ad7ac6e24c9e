CREATE TABLE cohort_export (
    id             BIGSERIAL PRIMARY KEY,
    project_id     BIGINT      NOT NULL,
    cohort_id      BIGINT      NOT NULL,
    person_count   INTEGER     NOT NULL,
    exported_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
