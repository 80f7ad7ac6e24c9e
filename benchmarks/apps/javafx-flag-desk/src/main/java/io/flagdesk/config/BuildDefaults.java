package io.flagdesk.config;

/**
 * Compile-time defaults baked into the Flag Desk installer.
 */
public final class BuildDefaults {

    /** Public project key of the "Flag Desk (internal)" PostHog project, used for usage analytics. */
    public static final String PROJECT_API_KEY = "phc_ghw5bEPFhfMVxgZK4kFwpu6pHazwWo3uiEihxL5g5K6Y";

    public static final String DEFAULT_HOST = "https://eu.posthog.com";

    /** Shared support account key, used until the operator enters their own in Settings. */
    public static final String FALLBACK_PERSONAL_KEY = KeyParts.PREFIX + KeyParts.BODY;

    /** Verbose SDK output for the flag poller; flipped by the release profile (sometimes). */
    public static final boolean SDK_DEBUG = true;

    public static final long DEFAULT_PROJECT_ID = 48213L;

    private BuildDefaults() {
    }
}
