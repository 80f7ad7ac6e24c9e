package dev.flagshell.config;

import java.time.Duration;

public final class KeyDefaults {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String AUTH_HEADER = "Authorization";

    public static final String PROJECT_API_KEY = "phc_N0siKXb7MLNUjNvTejjNg6jlSGhRoSkbkrFsPM9DWRH";

    public static final String FALLBACK_SECURE_KEY = "phs_lcLXjxLL7atTMRk5IpZyq3DDpqwaykmDLOFwTfMPzGOwzMW";

    public static final String SECURE_PREFIX = "phs_";
    public static final String CI_FLAGS_BODY = "Ia6KdCxeAWPRUAaGSbeK5I2JV0AlDovGhJRmtkErx9EiCQp";

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final String DEFAULT_APP_HOST = "https://us.posthog.com";
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private KeyDefaults() {
    }
}
