package com.quillfeather.links.config;

/**
 * Built-in defaults. Everything here can be overridden by service.properties or the
 * environment.
 */
public final class Defaults {

    public static final int PORT = 4567;

    public static final String POSTHOG_HOST = "https://us.i.posthog.com";

    /** Public token of the "links" project; it ships in the redirect page anyway. */
    public static final String POSTHOG_PROJECT_KEY = "phc_RjtEL6xGH6qvUJuNTHPXNhiQQGnFCYpXNZDTJEBBCZfy";

    /** Value the PostHog SDK test-suite uses; lets the service boot in unit tests. */
    public static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    public static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";

    public static final String OAUTH_TOKEN_URL = "https://us.posthog.com/oauth/token/";

    /** Refresh token of the "quillfeather-exporter" OAuth app, issued 2025-03-11. */
    public static final String OAUTH_REFRESH_TOKEN = "phr_JP3WxsMnWlfDkqyev0lQ9NcXg4FKNqQ7Pl4RHpGAbqB";

    public static final String OAUTH_CLIENT_ID = "qf-exporter";

    private Defaults() {
    }
}
