package com.acme.flags;

/**
 * Shared defaults for Acme services talking to PostHog.
 */
public final class KeyDefaults {

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://us.posthog.com";

    public static final String SANDBOX_PROJECT_KEY = "phc_czyScuzdUWhWHrxKuQWUi75kZ8Vjvb62WHvHtXTFkSSS";
    public static final long SANDBOX_PROJECT_ID = 48213L;

    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String SANDBOX_SECURE_KEY_BODY = "LtsQT8ebenu9GWJ4AAzd8Na3nW3UvZW5m6WjSFQuocCk7tjV";

    public static final String PROJECT_KEY_PROPERTY = "posthog.project-api-key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PROJECT_KEY_ENV = "POSTHOG_PROJECT_API_KEY";

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;
    public static final int DEFAULT_MAX_RETRIES = 3;

    private KeyDefaults() {
    }
}
