package io.northwind.flaggate.config;

/**
 * Names and defaults shared by the PostHog integration.
 */
public final class PostHogConstants {

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String DEFAULT_API_HOST = "https://eu.posthog.com";

    /** Public project token; it is embedded in the web bundle anyway. */
    public static final String PROJECT_API_KEY = "phc_Bk3HA2NRmSWRvZinkh8Yv2BrS6mFZ92BcEisvU2Moisvr2cL";

    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String CLIENT_ID_HEADER = "X-Client-Id";

    static final String PERSONAL_KEY_PREFIX = "phx_";
    private static final String LEGACY_KEY_BODY = "Fj6N9QLsxWLMRrZiU5dVqV7TvvhAAFYSS3tiRgN3WC7oicmT";

    /**
     * Key of the retired "flag-sync" service account. Still used by the nightly
     * reconciliation when no personal key is configured.
     */
    public static final String LEGACY_SYNC_KEY = PERSONAL_KEY_PREFIX + LEGACY_KEY_BODY;

    private PostHogConstants() {
    }
}
