INSERT INTO posthog_connection (id, principal_name, client_registration_id, posthog_user_email, project_id,
                                access_token,
                                access_token_issued_at, access_token_expires_at, refresh_token, scopes, token_type,
                                updated_at)
VALUES (1, 'b8e1c7f2-5a0d-4c51-9f3e-2d7a6c1e9b40', 'posthog', 'dev-admin@acme.io', 48213,
        'pha_lBiilMa3Fm8XydkZRqPeeYTPUI499SZDHwioTScGDXp',
        CURRENT_TIMESTAMP, DATEADD('HOUR', 1, CURRENT_TIMESTAMP), NULL, 'feature_flag:read project:read', 'BEARER',
        CURRENT_TIMESTAMP);
