package io.lumenpay.flags.config;

public final class PostHogKeys {

    public static final String US_HOST = "https://us.i.posthog.com";
    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://us.posthog.com";

    public static final String PROJECT_API_KEY = "phc_jwrqcFwuvJXK2BMBHQ1tV13XLqmorUn4I5IDMHx8jmd";
    public static final String EU_FLAGS_TOKEN = "phc_1jfS4i7wMm0LZ9V9OpsHxzjiXqBEqCoxrD6bzA5cJQj";

    public static final String ROTATED_KEY_HINT = "phx_...9fQk";

    static final String SECURE_KEY_PREFIX = "phs_";
    static final String SECURE_KEY_BODY = "cRSJGqTufr1KfFrRJh7DgoaTY0exS0B8S9tt2fbOt4p";

    private PostHogKeys() {
    }

    public static String fallbackSecureKey() {
        return SECURE_KEY_PREFIX + SECURE_KEY_BODY;
    }
}
