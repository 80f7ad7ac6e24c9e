package io.northwind.flagconsole.config;

/**
 * Shared PostHog constants for the console.
 */
public final class PostHogDefaults {

    public static final String EU_HOST = "https://eu.i.posthog.com";

    public static final String AUTHORIZATION_HEADER = "Authorization";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /** Value shipped in application.yml templates; treated as "not configured". */
    public static final String PLACEHOLDER_PERSONAL_KEY = "phx_xxxxxxxx";

    /** Staging project used by the QA cluster when no personal key is mounted. */
    static final String STAGING_PERSONAL_KEY_BODY = "ZsTkNGsm6YRki7fpZhox2ZHEdxREk5iZTsoQXitVChXuvXiQ";

    public static final String DEFAULT_FLAG = "beta-console";

    private PostHogDefaults() {
    }
}
