package net.aurorastudio.auroratelemetry.config;

/**
 * Shared PostHog constants used by the telemetry pipeline on both logical sides.
 */
public final class PostHogKeys {

    public static final String HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    public static final String PROJECT_KEY = "phc_Y9xfmzyShThXJbfCtaBYp0wVnXlsQIJO9L2w4QE92c6";

    public static final String FLAGS_SECURE_KEY = "phs_l6WcaMPojiznIvIX5YwzgyOjG6l7Kg5hGhg2qBeTzIxwAgz";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PROJECT_KEY_ENV = "POSTHOG_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private PostHogKeys() {
    }
}
