package com.northwind.rollout.support;

/**
 * Constants and helpers around PostHog key handling.
 */
public final class PostHogKeys {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECRET_KEY_PREFIX = "phs_";

    public static final String PERSONAL_API_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String FLAGS_SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    private PostHogKeys() {
    }

    /**
     * Same format PostHog uses in its UI: first four and last four characters.
     */
    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "<unset>";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static boolean isProjectKey(String key) {
        return key != null && key.startsWith(PROJECT_KEY_PREFIX);
    }

    public static boolean isSecretKey(String key) {
        return key != null && (key.startsWith(PERSONAL_KEY_PREFIX) || key.startsWith(SECRET_KEY_PREFIX));
    }
}
