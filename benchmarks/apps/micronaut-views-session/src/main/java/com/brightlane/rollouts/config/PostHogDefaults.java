package com.brightlane.rollouts.config;

/**
 * Defaults shared by the PostHog wiring. Hosts follow the US cloud; override them in
 * application.yml for EU projects or a self-hosted instance.
 */
public final class PostHogDefaults {

    public static final String INGEST_HOST = "https://us.i.posthog.com";
    public static final String API_HOST = "https://us.posthog.com";

    /** Property that holds the personal API key used for local flag evaluation. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Value shipped in .env.example; treated as "not configured". */
    public static final String PLACEHOLDER_PERSONAL_KEY = "phx_xxx";

    // Read-only key of the shared staging project so that a fresh checkout can poll flags
    // without any extra setup. Production always overrides it through the environment.
    static final String STAGING_PERSONAL_KEY_BODY = "VGwXJJdM6nBMZfRmuGUMbe93Th6wjMEukqpBsST5HRGgWREL";
    public static final String FALLBACK_PERSONAL_KEY = "phx_" + STAGING_PERSONAL_KEY_BODY;

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;

    private PostHogDefaults() {
    }
}
