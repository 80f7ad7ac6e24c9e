package com.northwind.flags.config;

/**
 * Names shared by the loaders and handlers of the PostHog integration.
 */
public final class KeyConstants {

    public static final String PROJECT_KEY_ENV = "POSTHOG_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String SECURE_KEY_SECRET_ID = "northwind/flags/posthog";
    public static final String PERSONAL_KEY_PARAMETER = "/northwind/flags/posthog/personal-api-key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Header the mobile app uses to tell us which PostHog project it was built against. */
    public static final String POSTHOG_KEY_HEADER = "X-PostHog-Key";

    // Key of the "flags-smoke" service user, used by the nightly smoke job before SSM existed.
    static final String PERSONAL_KEY_PREFIX = "phx_";
    static final String SMOKE_KEY_BODY = "FrjfBxUa19SKa8vpj0BXxkTX4qeohokfKoMQ0GLYhujGK5Q";

    private KeyConstants() {
    }
}
