package com.acme.flagctl.config;

/**
 * Names, hosts and fallbacks shared by {@link SettingsLoader} and the commands.
 */
public final class Defaults {

    public static final String DEFAULT_HOST = "https://us.i.posthog.com";
    public static final String DEFAULT_PRIVATE_API = "https://us.posthog.com";

    /** Project token of the internal "flagctl" project. Project tokens are public, it ships in the jar. */
    public static final String DEFAULT_PROJECT_KEY = "phc_h9sQpPQ9mJVYikSvC8RVuJbVBqRtckcuymGjpsPhzVAV";

    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";

    // Secure key of the shared "flagctl-demo" project, so that `flagctl --demo evaluate` works out of the box.
    static final String DEMO_SECURE_KEY_PREFIX = "phs_";
    static final String DEMO_SECURE_KEY_BODY = "deMeGssc5bF2pYHLFUSFvf5LLoSUZ8TnMJPcXA38jSXAWnkG";

    public static final String CONFIG_DIR = ".flagctl";
    public static final String CONFIG_FILE = "config.properties";
    public static final String CREDENTIALS_FILE = "credentials.properties";

    private Defaults() {
    }
}
