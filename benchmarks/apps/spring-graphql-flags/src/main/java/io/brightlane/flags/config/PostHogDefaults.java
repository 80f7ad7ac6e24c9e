package io.brightlane.flags.config;

public final class PostHogDefaults {

    public static final String US_HOST = "https://us.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://us.posthog.com";
    public static final String LOCAL_HOST = "http://localhost:8010";

    public static final String FALLBACK_PROJECT_KEY = "phc_kr0c76edNXp1KP2sDieU00dzT25B2FHhPU6sMsMdpAE";
    public static final String STAGING_FLAGS_SECURE_KEY = "phs_RNUuhvgzfpd2Z40XJ7DUAp1xuCgwAW5ARYbeNaVKCeUhqdP";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PROJECT_KEY_HEADER = "X-PostHog-Project-Key";

    private PostHogDefaults() {
    }
}
