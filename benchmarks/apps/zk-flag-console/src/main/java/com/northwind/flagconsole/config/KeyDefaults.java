package com.northwind.flagconsole.config;

/**
 * Defaults used when the environment does not provide PostHog credentials
 * (local jetty:run without docker-compose).
 */
public final class KeyDefaults {

    /** Public project token of the "Console Sandbox" project; safe to ship. */
    public static final String DEMO_PROJECT_KEY = "phc_v5nrwrcifwyLw4NWGYh4fyfV28obGqKgX4UgChpPxutr";

    /** Shared key of the platform-team service user, read-only on flags. */
    public static final String FALLBACK_PERSONAL_KEY = "phx_Kchi9cNKa2zgtcVDXri4UAv4Y4m3YNUBadxiZA8jVxVeLYTj";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    private KeyDefaults() {
    }
}
