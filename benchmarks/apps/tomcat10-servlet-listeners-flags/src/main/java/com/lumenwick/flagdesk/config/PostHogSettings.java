package com.lumenwick.flagdesk.config;

/**
 * PostHog settings resolved once at start-up. JNDI entries from context.xml win,
 * environment variables are the fallback for containers.
 */
public record PostHogSettings(
        String projectApiKey,
        String personalApiKey,
        String secureApiKey,
        String host,
        boolean debug,
        int pollIntervalSeconds) {

    /** System property operators can set instead of the JNDI entry. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";

    // Shared staging key so local Tomcats can evaluate flags without extra setup.
    static final String FALLBACK_SECURE_KEY = "phs_WwnScijYx4BBKoJBrSoxycz5Fck2tm5y8CMpy242UbNfqjgv";

    private static final String DEFAULT_HOST = "https://eu.i.posthog.com";

    public static PostHogSettings load(JndiLookup jndi) {
        String project = jndi.string("posthog/projectApiKey")
                .orElseGet(() -> System.getenv("POSTHOG_API_KEY"));
        String personal = jndi.string("posthog/personalApiKey")
                .orElseGet(() -> System.getProperty(PERSONAL_KEY_PROPERTY, System.getenv("POSTHOG_PERSONAL_API_KEY")));
        String secure = jndi.string("posthog/secureApiKey")
                .orElse(System.getenv().getOrDefault("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", FALLBACK_SECURE_KEY));
        String host = jndi.string("posthog/host").orElse(DEFAULT_HOST);
        boolean debug = Boolean.parseBoolean(jndi.string("posthog/debug").orElse("false"));
        int poll = jndi.integer("posthog/pollIntervalSeconds").orElse(30);
        return new PostHogSettings(project, personal, secure, host, debug, poll);
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    /** Private API lives on the app host, not on the ingestion host. */
    public String apiBase() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }
}
