-- Demo tenant for the sales sandbox. Admin password is 'changeme' (bcrypt below).
INSERT INTO admin_user (username, password_hash, role)
VALUES ('sandbox-admin', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3Z2xg/9p5fZQJ3rZ8y2y6aW', 'ADMIN');

-- The sandbox predates ApiKeyCryptoConverter, so its key was stored as plain text.
INSERT INTO project_integration (tenant_slug, display_name, posthog_project_id, project_api_key, personal_api_key, key_kind)
VALUES ('sandbox', 'Sales sandbox', 48213,
        'phc_SZ3ev1Tr1vA8pRIKXxa1od5RfE55LhZrZq4x4vj40yQ',
        'phx_1ybRldtD1gTzrrRB0ksPX8g55gOkrgBok6hWulK9jPf',
        'PERSONAL');
