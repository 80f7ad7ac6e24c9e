-- Local development seed: one connected PostHog project and a CI service account.
-- Loaded by `spring.sql.init.data-locations` in the dev profile only.
insert into service_accounts (id, name, api_token, rotated_at, enabled)
values (1, 'ci-release', 'fdk_dev_only_not_a_secret', now(), true)
on conflict do nothing;

insert into posthog_oauth_tokens (project_id, access_token, refresh_token, scope, expires_at)
values (48211,
        'pha_test_access_token',
        'phr_v8m2E4XmSonYzkFAHau5ZCe5sqQxb6CAUFLWfCXsJkw2',
        'feature_flag:read feature_flag:write',
        now() + interval '1 hour')
on conflict (project_id) do nothing;
