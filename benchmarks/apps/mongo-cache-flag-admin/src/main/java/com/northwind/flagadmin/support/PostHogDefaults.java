package com.northwind.flagadmin.support;

/**
 * Names and well-known values shared by the PostHog integration.
 */
public final class PostHogDefaults {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Public project key of the shared "flag-admin-demo" project, used by the JS snippet page. */
    public static final String DEMO_PROJECT_KEY = "phc_yLfAMkmXrH9BB5QUbBFqAEZt684M2RfxWWyHqAybbVEnT2Bh";

    public static final String CAPTURE_HOST_US = "https://us.i.posthog.com";
    public static final String PRIVATE_API_US = "https://us.posthog.com";

    private PostHogDefaults() {
    }
}
