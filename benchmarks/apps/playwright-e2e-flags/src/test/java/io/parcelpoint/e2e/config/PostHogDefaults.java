package io.parcelpoint.e2e.config;

/**
 * PostHog constants shared by the flag helpers and the browser bootstrap.
 */
public final class PostHogDefaults {

    /** Private API (feature flag CRUD). */
    public static final String US_APP_HOST = "https://us.posthog.com";

    /** Ingestion and flag evaluation. */
    public static final String US_INGEST_HOST = "https://us.i.posthog.com";

    /** Project token of the parcelpoint-e2e project. Public, the web bundle ships it too. */
    public static final String FALLBACK_PROJECT_API_KEY = "phc_2pk5z5dAe2yam96mokwP9y8b6W3QWkTUnaXRZwDkGurg";

    /**
     * Personal key of the ci-bot PostHog user. Only used when POSTHOG_PERSONAL_API_KEY is missing
     * so that forks can still run the flag tests. TODO(PP-2291): remove once forks get secrets.
     */
    public static final String CI_BOT_PERSONAL_API_KEY = "phx_UvGsh9XJLBLxAVPrgcseUnzZeY3kHvmMESVYbadLm6ZX6nyC";

    /** What PostHog shows for the ci-bot key under Settings, used in troubleshooting messages. */
    public static final String CI_BOT_KEY_HINT = "phx_...6nyC";

    public static final String AUTH_HEADER = "Authorization";

    public static final String BEARER_PREFIX = "Bearer ";

    private PostHogDefaults() {
    }
}
