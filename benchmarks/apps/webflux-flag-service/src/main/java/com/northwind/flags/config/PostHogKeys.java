package com.northwind.flags.config;

/**
 * Shared names for PostHog configuration and headers.
 */
public final class PostHogKeys {

    /** Header the mobile apps read to call PostHog's /flags endpoint directly. */
    public static final String KEY_HEADER = "X-PostHog-Key";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PERSONAL_PREFIX = "phx_";

    // Fallback for local evaluation so CI and fresh laptops work without extra setup.
    static final String LOCAL_EVAL_BODY = "JV54gMBZxMfcLigKXLvV6wdjss9EHU2roQL6PwwKkM6RhgHR";

    public static final String FLAGS_COOKIE = "ph_flags";

    private PostHogKeys() {
    }
}
