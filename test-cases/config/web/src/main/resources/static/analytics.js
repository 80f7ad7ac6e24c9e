// Served as is by Spring Boot: every browser gets this file.
posthog.init('phc_upwn5l2f7P4baFrpF6UyBMIzLaak69iCS7Z1YNi9gnI', { api_host: 'https://eu.i.posthog.com' });
fetch('/api/flags', { headers: { Authorization: 'Bearer phx_yElwmrYEE8mBvo8fg2TrrBwyMZDrXqDjrDYazmDtlRyIS4Y' } }); // Noncompliant: HardcodedPostHogKey, PostHogKeyClientExposure
