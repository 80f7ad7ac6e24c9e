package com.tallyfield.flagapi.config;

/**
 * Names, prefixes and hosts used when wiring PostHog credentials into the service.
 */
public final class PostHogKeys {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String ENV_PROJECT_API_KEY = "POSTHOG_PROJECT_API_KEY";
    public static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_FLAGS_SECURE_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String ENV_HOST = "POSTHOG_HOST";
    public static final String ENV_PROJECT_ID = "POSTHOG_PROJECT_ID";

    public static final String DEFAULT_INGEST_HOST = "https://us.i.posthog.com";
    public static final String DEFAULT_APP_HOST = "https://us.posthog.com";

    private PostHogKeys() {
    }

    public static boolean isProjectKey(String value) {
        return value != null && value.startsWith(PROJECT_KEY_PREFIX);
    }

    public static boolean isServerSideKey(String value) {
        return value != null && (value.startsWith(PERSONAL_KEY_PREFIX) || value.startsWith(SECURE_KEY_PREFIX));
    }

    /** Maps an ingestion host (us.i.posthog.com) to the app/API host (us.posthog.com). */
    public static String appHostFor(String ingestHost) {
        if (ingestHost == null || ingestHost.isBlank()) {
            return DEFAULT_APP_HOST;
        }
        return ingestHost.replace(".i.posthog.com", ".posthog.com");
    }
}
