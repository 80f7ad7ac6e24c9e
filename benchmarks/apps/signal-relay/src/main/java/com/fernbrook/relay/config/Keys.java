package com.fernbrook.relay.config;

/**
 * PostHog names and prefixes shared by the relay.
 */
public final class Keys {

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String PROJECT_KEY_ENV = "POSTHOG_API_KEY";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    /** Body of the shared sandbox key, so that CI can boot the relay without an .env file. */
    static final String SANDBOX_KEY_BODY = "lWP2oaDw2ywF9TQx4cZN0TBFu1Z1vBUOrOxWaBdZxX416cU";

    private Keys() {
    }

    /** PostHog's own display form: first 4 characters, "...", last 4. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
