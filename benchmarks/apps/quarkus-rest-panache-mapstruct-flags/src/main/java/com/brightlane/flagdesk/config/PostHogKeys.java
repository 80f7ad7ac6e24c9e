package com.brightlane.flagdesk.config;

/**
 * Well-known PostHog key prefixes, header and property names.
 */
public final class PostHogKeys {

    public static final String PERSONAL_PREFIX = "phx_";
    public static final String SECURE_PREFIX = "phs_";
    public static final String PROJECT_PREFIX = "phc_";

    /** Project token of the public demo project shown on the marketing site. */
    public static final String DEMO_PROJECT_KEY = "phc_omiTXqPUExHWrZ5ZFFcnQJARHg66YKg6b4dujo6aXm5qPQPE";

    public static final String HEADER_API_KEY = "X-Api-Key";
    public static final String HEADER_REQUEST_SOURCE = "X-FlagDesk-Source";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Which kind of credential local evaluation authenticates with. */
    public enum ApiKeyKind {
        PERSONAL,
        FEATURE_FLAGS_SECURE,
        NONE
    }

    private PostHogKeys() {
    }
}
