INSERT INTO flag_environment (name, posthog_project_id, host, project_api_key, secure_api_key, key_type)
VALUES ('staging', 48213, 'https://eu.i.posthog.com',
        'phc_oJEQD5909cKVnG4Ab8SJxKrx0gPfCmCwrL8cQ3WBMj6',
        'phs_DyXnYNTCUKhKXDuK4z9kIh9zkh2NGIMOUFfAJWMiYQq',
        'SECURE');
