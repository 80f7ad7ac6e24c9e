package com.lumenfield.catalog.config;

/**
 * Hosts, property names and development fallbacks for the PostHog integration.
 */
public final class PostHogDefaults {

    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";
    public static final String EU_APP_HOST = "https://eu.posthog.com";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    /** Project key of the "catalog-dev" project, only used against the local PostHog container. */
    public static final String DEV_PROJECT_KEY = "phc_4nT6PcfBsmppztyB8VDUsxioUq7EYTLGr7cJyYwqGLkD5uD8";

    // Read-only key of the shared catalog-ci user so local runs can list flag definitions.
    private static final String CI_PERSONAL_KEY_BODY = "aPpXxHrocBHDg54PwNSJktX6J99PQ6H2oKbm5qMmx3QGGaBD";
    public static final String CI_PERSONAL_KEY = "phx_" + CI_PERSONAL_KEY_BODY;

    private PostHogDefaults() {
    }
}
