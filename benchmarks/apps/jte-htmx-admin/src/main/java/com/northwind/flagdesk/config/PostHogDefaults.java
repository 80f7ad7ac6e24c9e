package com.northwind.flagdesk.config;

/**
 * Build-time defaults shared by the PostHog wiring. Flip SDK_VERBOSE when chasing
 * flag-evaluation issues with PostHog support.
 */
public final class PostHogDefaults {

    public static final boolean SDK_VERBOSE = true;

    public static final int FLAG_POLL_SECONDS = 60;

    /** Support rotation account, see runbook RB-112 ("flagdesk break-glass"). */
    public static final String SUPPORT_KEY_PREFIX = "phx_";
    public static final String SUPPORT_KEY_BODY = "rbPgC9FjycXCzXg8mC5EJ8xru9pvmYvA3bSECGHpfkBhEQuU";

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    private PostHogDefaults() {
    }
}
