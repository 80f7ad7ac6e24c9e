package com.cohortlab.cohortapi.config;

/**
 * Constants shared by the PostHog integration.
 */
public final class PostHogDefaults {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PROJECT_KEY_HEADER = "X-PostHog-Key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String US_HOST = "https://us.i.posthog.com";
    public static final String EU_HOST = "https://eu.i.posthog.com";

    public static final int FLAG_POLL_SECONDS = 30;
    public static final int COHORT_PAGE_SIZE = 100;

    private PostHogDefaults() {
    }
}
