package org.lanternboard.web.config;

public final class PostHogDefaults {

    public static final String EU_HOST = "https://eu.i.posthog.com";
    public static final String API_HOST = "https://eu.posthog.com";
    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String SECRET_KEY_PROPERTY = "posthog.secret.key";
    /** Used by the on-prem demo box when no secret key is configured. */
    public static final String DEMO_SECURE_KEY = "phs_44wgH1Srjn9uaFzGamFKObkka4npOpjq4oaXnHDrCeb8TPj";
    public static final int POLL_SECONDS = 60;

    private PostHogDefaults() {
    }
}
