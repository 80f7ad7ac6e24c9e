package com.northwind.partnersync.posthog;

/**
 * PostHog constants shared by the batch. Only the project token is meant to be public.
 */
public final class PostHogKeys {

    /** Project token of the "partner-sync" project. Public by design: it can only ingest events. */
    public static final String PROJECT_API_KEY = "phc_W4u6Ssqn93PmGhuurwAxUv9eNVyjg8BChrDLf5NJiXckYdqL";

    /** Ingestion host (SDK, capture endpoints). */
    public static final String INGEST_HOST = "https://eu.i.posthog.com";

    /** App host serving the private REST API. */
    public static final String APP_HOST = "https://eu.posthog.com";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    static final String SECURE_KEY_PREFIX = "phs_";

    static final String SECURE_KEY_BODY = "377GocCAhoARx5DHEGRDkUgFKNzFaWa39b9spQcXDuhjMcUZ";

    private PostHogKeys() {
    }

    /** Same shape PostHog uses in its UI: keep the prefix, hide the rest. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
