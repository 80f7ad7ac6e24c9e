package com.brightloop.log4j.posthog;

/**
 * Defaults and well-known names shared by the appender, the lookup and the client factory.
 */
public final class AppenderDefaults {

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final String ADMIN_API_HOST = "https://us.posthog.com";
    public static final String EVENT_NAME = "log_event";
    public static final int DEFAULT_FLUSH_AT = 50;
    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 30;

    /** System property and environment variable names. */
    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    /** Header names used when talking to the PostHog REST API. */
    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String API_KEY_HEADER = "X-Api-Key";

    // Body of the shared staging flags key; the prefix is added in PostHogKeys.
    static final String STAGING_SECURE_BODY = "KNxJ3Nsz6ZGS9fzjDMxtRfZVcosuHYeMVdyCLUUiimoQPBVf";

    private AppenderDefaults() {
    }
}
