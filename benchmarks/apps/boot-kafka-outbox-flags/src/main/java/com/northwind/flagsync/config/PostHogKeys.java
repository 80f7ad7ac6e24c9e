package com.northwind.flagsync.config;

/**
 * Names and constants shared by everything that talks to PostHog.
 */
public final class PostHogKeys {

    /** Header our internal callers use to pass their service key to the admin API. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Property that enables local flag evaluation when set. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Prefix PostHog puts on feature-flags secure keys. */
    public static final String FLAGS_KEY_PREFIX = "phs_";

    /** Read-only flags key of the "flag-sync sandbox" project (no production data). */
    public static final String SANDBOX_FLAGS_KEY_BODY = "TdsXsEoPSHzWZSJ4wyQyadcRJ9QtKuYScKQgGXwdYf2vaMuS";

    /** Scopes we request when creating keys for this service. */
    public enum ApiKeyScope {
        FEATURE_FLAG_READ,
        FEATURE_FLAG_WRITE,
        QUERY_READ
    }

    private PostHogKeys() {
    }
}
