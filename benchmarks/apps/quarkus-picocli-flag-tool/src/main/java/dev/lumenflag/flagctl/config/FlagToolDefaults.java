package dev.lumenflag.flagctl.config;

public final class FlagToolDefaults {

    public static final String VERSION = "1.4.0";

    public static final String TELEMETRY_HOST = "https://eu.i.posthog.com";
    public static final String TELEMETRY_PROJECT_KEY = "phc_v9TM9Eo6tY684Y5mKjeUwvKsCTncJ45CCaFbLanU49gH";

    public static final long CI_PROJECT_ID = 51877L;
    public static final String CI_API_KEY = "phx_13nqpbvGFNVkZRFejX1ovWY2PSS0B1aEF5c8fH9aD0s";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    public static final String DEFAULT_DISTINCT_ID = "flagctl-probe";
    public static final int PAGE_SIZE = 100;

    private FlagToolDefaults() {
    }
}
