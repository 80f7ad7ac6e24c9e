package com.northwind.flagsync.config;

/**
 * Shared constants for talking to PostHog.
 */
public final class PostHogDefaults {

    public static final String INGEST_HOST = "https://us.i.posthog.com";
    public static final String APP_URL = "https://us.posthog.com";

    /** Prefix of project secret / feature-flags secure keys. */
    public static final String SECRET_PREFIX = "phs_";
    public static final String PERSONAL_PREFIX = "phx_";

    /** Header the storefront uses to pass the flags key to our edge worker. */
    public static final String KEY_HEADER = "X-PostHog-Key";

    public static final int DEFAULT_POLL_SECONDS = 30;

    private PostHogDefaults() {
    }
}
