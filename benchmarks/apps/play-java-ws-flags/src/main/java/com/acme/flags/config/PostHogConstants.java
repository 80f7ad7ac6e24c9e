package com.acme.flags.config;

/**
 * Hosts, header names and key shapes shared by the PostHog integration.
 */
public final class PostHogConstants {

    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";
    public static final String EU_APP_HOST = "https://eu.posthog.com";

    /** Header the release tooling uses to call the admin API. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Shown in warnings when no personal key is configured. */
    public static final String PERSONAL_KEY_EXAMPLE = "phx_xxx";

    private PostHogConstants() {
    }
}
