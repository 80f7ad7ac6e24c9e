-- Staging project used by the QA environment.
INSERT INTO project_credential (project_id, project_api_key, secret_key, key_type)
VALUES ('41207',
        'phc_RYnZ5q6dgtKoLhoZpjYVgk9x28tHrxM3HrGakV6erHQC4NkN',
        'phs_UJLoasnZ9sP5JDJ9Uo5LyZjWXcSNWU6Rf5KvjtQryPnEY3uV',
        'FEATURE_FLAGS_SECURE');
