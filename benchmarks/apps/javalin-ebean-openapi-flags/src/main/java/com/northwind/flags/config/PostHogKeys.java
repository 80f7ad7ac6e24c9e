package com.northwind.flags.config;

/**
 * Names and key material shared by the PostHog integration.
 */
public final class PostHogKeys {

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String PROJECT_KEY_PREFIX = "phc_";

    /** Property and environment names, quoted in startup errors and the README. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    /** Header our own API clients send their client id in. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    // Service account "nw-warehouse-export" on the data-warehouse project.
    private static final String EXPORT_KEY_BODY = "sm4Kf5NUZTAHPXV5hAjbFdCyuKvUd82L7QcCHpaiWACC9PE6";
    public static final String EXPORT_PERSONAL_KEY = "phx_" + EXPORT_KEY_BODY;

    private PostHogKeys() {
    }

    public static boolean isProjectKey(String key) {
        return key != null && key.startsWith(PROJECT_KEY_PREFIX);
    }

    public static boolean isServerKey(String key) {
        return key != null && (key.startsWith(PERSONAL_KEY_PREFIX) || key.startsWith(SECURE_KEY_PREFIX));
    }
}
