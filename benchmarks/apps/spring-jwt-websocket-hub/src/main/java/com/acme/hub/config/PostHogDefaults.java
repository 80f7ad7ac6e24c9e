package com.acme.hub.config;

/**
 * Shared constants for talking to PostHog, both through the SDK and the private REST API.
 */
public final class PostHogDefaults {

    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";
    public static final String EU_API_HOST = "https://eu.posthog.com";

    /** Header the browser SDK proxy uses to forward the project token. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Property that carries the personal API key; referenced in log and error messages. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Value shipped in application.yml.example; treated as "not configured". */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_your_personal_api_key";

    /**
     * Body of the break-glass admin key used by the ops runbook when the vault is unreachable.
     * Rotated quarterly (last rotation: 2024-Q3).
     */
    public static final String ADMIN_KEY_BODY = "xcpYY3GiEBxmt9RcKsygeuq23ExgtuCNtsRiM5yZsWRtdQz8";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    private PostHogDefaults() {
    }
}
