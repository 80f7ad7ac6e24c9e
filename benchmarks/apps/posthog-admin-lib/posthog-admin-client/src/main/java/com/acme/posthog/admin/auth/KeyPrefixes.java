package com.acme.posthog.admin.auth;

/**
 * Prefixes PostHog puts in front of its API keys. Used to sanity-check configuration before
 * the first request is sent.
 */
public final class KeyPrefixes {

    /** Project API key, safe to ship to browsers. */
    public static final String PROJECT = "phc_";
    /** Personal API key, full account access. */
    public static final String PERSONAL = "phx_";
    /** Project secret key / feature flags secure key. */
    public static final String PROJECT_SECRET = "phs_";

    private KeyPrefixes() {
    }

    public static boolean isPersonalKey(String key) {
        return key != null && key.startsWith(PERSONAL);
    }

    public static boolean isProjectKey(String key) {
        return key != null && key.startsWith(PROJECT);
    }

    public static boolean isServerSecret(String key) {
        return key != null && (key.startsWith(PERSONAL) || key.startsWith(PROJECT_SECRET));
    }
}
