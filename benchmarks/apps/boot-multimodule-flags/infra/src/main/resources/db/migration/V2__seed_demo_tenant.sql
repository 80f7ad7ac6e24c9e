-- Demo tenant used by the sales sandbox
INSERT INTO tenant_flag_settings (tenant_slug, display_name, posthog_project_id, project_api_key,
                                  personal_api_key, key_kind, host, verbose_sdk)
VALUES ('demo', 'Demo Tenant', 41873,
        'phc_T9DMFZM6Xws5WvPQgDbFvSpCR8WFuwNy62BedVg8y35u',
        'phs_AMDc3gM3SSJ6WMePbbQttjV4uSJgBa5RG6mdx9xwWh5ouhfP',
        'SECURE', 'https://eu.i.posthog.com', FALSE);
