package com.northwind.portal.config;

/**
 * Names and defaults shared by everything that talks to PostHog.
 */
public final class PostHogKeys {

    /** Header the front end uses to tell the flags API which project it belongs to. */
    public static final String PROJECT_KEY_HEADER = "X-PostHog-Key";

    public static final String PROP_HOST = "posthog.host";
    public static final String PROP_PROJECT_KEY = "posthog.api.key";
    public static final String PROP_PERSONAL_KEY = "posthog.personal-api-key";
    public static final String PROP_FLAGS_SECURE_KEY = "posthog.feature-flags-secure-api-key";

    public static final String ENV_PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";

    /** Public project key of the "Partner Portal (prod)" project. */
    public static final String DEFAULT_PROJECT_KEY = "phc_HwJu3U4rp5mE2BwJqgQp6PhWxomD8FrdXhieTqjdv7aJ";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    static final String PERSONAL_KEY_PREFIX = "phx_";
    // service account "portal-bot", used when the env var is missing on old hosts
    static final String SERVICE_ACCOUNT_KEY_BODY = "3LdLySisPmzR7uqiQ99VnQ9CJGSLSBFWzTcQgN2zARwKZUF5";

    private PostHogKeys() {
    }
}
