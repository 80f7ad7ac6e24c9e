package com.northwind.flagrelay.config;

/**
 * Hosts and fallback values shared by the PostHog integrations of the relay.
 */
public final class PostHogDefaults {

    public static final String US_INGEST_HOST = "https://us.i.posthog.com";
    public static final String US_APP_HOST = "https://us.posthog.com";

    /** Public project key of the shared sandbox project used by {@code posthog.demo-mode}. */
    public static final String DEMO_PROJECT_KEY = "phc_C8jvr23yFLK2f2TFgGEiMhgzwew6eZDNMYrM8gtjV8n7tGHW";

    /** Ops team key body, kept here until every environment provides its own key (OPS-412). */
    static final String SHARED_KEY_BODY = "HhbG2tAdsy6hHpbk2f8ekGbv4S3eoo37CyJMpyWE2FaHF7YS";

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;
    public static final int DEFAULT_STATUS_PORT = 8089;

    private PostHogDefaults() {
    }
}
