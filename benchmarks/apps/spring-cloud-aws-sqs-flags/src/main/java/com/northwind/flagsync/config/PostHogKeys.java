package com.northwind.flagsync.config;

/**
 * Names and constants shared by the PostHog integration.
 */
public final class PostHogKeys {

    /** Property holding the personal API key; resolved from Secrets Manager. */
    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";

    /** Property holding the feature-flags secure key used for local evaluation. */
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    /** Header carrying the caller's API key on the internal admin endpoints. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String SECRET_KEY_PREFIX = "phs_";

    /**
     * Body of the secure key created for the 2024 migration. Kept so that environments that
     * were never moved to Secrets Manager keep evaluating flags locally.
     */
    static final String LEGACY_SECURE_KEY_BODY = "i6PwqeMNzNmxyMfYX79axaDKkQhSjrwP2xgNcof9j7y2x6wW";

    /** OAuth access token of the "flag-sync export" integration (PostHog private API). */
    public static final String EXPORT_OAUTH_TOKEN = "pha_SRXRPhz2DsnAPs7UrgihBjZBQf6TchUPksoC7RJx7DjW45Ku";

    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    private PostHogKeys() {
    }
}
