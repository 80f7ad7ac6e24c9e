package com.harborline.flaggateway.posthog;

/**
 * Key prefixes and helpers shared by the PostHog integration.
 */
public final class PostHogKeys {

    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogKeys() {
    }

    public static boolean isProjectKey(String key) {
        return key != null && key.startsWith(PROJECT_KEY_PREFIX);
    }

    public static boolean isServerKey(String key) {
        return key != null && (key.startsWith(PERSONAL_KEY_PREFIX) || key.startsWith(SECURE_KEY_PREFIX));
    }

    /** Short, non-reversible rendering for logs and support tickets. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
