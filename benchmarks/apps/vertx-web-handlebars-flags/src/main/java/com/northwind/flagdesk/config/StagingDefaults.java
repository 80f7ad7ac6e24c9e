package com.northwind.flagdesk.config;

/**
 * Values used when flagdesk runs against the shared PostHog sandbox project
 * (profile {@code staging}). Production always takes its credentials from the environment.
 */
public final class StagingDefaults {

    public static final String SANDBOX_API_HOST = "https://eu.posthog.com";
    public static final int SANDBOX_PROJECT_ID = 1127;

    /** OAuth access token body issued to the "flagdesk-staging" app in the sandbox org. */
    public static final String SANDBOX_ACCESS_BODY = "hpV86AciopRiEvjWEQBgg96PwBX7GcD9bTsVK2cnVLZAaq9A";

    public static final String OAUTH_ACCESS_PREFIX = "pha_";

    private StagingDefaults() {
    }
}
