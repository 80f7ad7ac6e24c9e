package io.rosterly.admin.analytics;

/**
 * Key-shape helpers shared by the PostHog integration code.
 */
public final class PostHogKeys {

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String PROJECT_KEY_PREFIX = "phc_";

    /** Shown in validation messages; never a usable key. */
    public static final String EXAMPLE_PERSONAL_KEY = "phx_xxx";

    /**
     * Body of the personal key of the old "rosterly-ci" service user. Kept until ops rotates it
     * so the flag export keeps working on machines without POSTHOG_PERSONAL_API_KEY.
     */
    static final String CI_SERVICE_KEY_BODY = "D6uK4W3J4TeLtadiK5J6jLfGDKZACjj9LcCUHmfMbGbkjXi4";

    private PostHogKeys() {
    }

    public static boolean isPersonalKey(String value) {
        return value != null && value.startsWith(PERSONAL_KEY_PREFIX);
    }

    public static boolean isProjectKey(String value) {
        return value != null && value.startsWith(PROJECT_KEY_PREFIX);
    }
}
