package io.northwind.ledgersync.config;

/**
 * PostHog key constants and helpers shared by the clients and the ops tooling module.
 */
public final class PostHogKeys {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String OPS_READONLY_BODY = "O7MhkwHwBPJktOwFMb0Kby5aQj3qesGs9AcwxC01GF1iEgk";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    private PostHogKeys() {
    }

    /** Masks a key the way PostHog's settings page shows it: first four, "...", last four. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
