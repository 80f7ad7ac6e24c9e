package com.acme.analytics.enricher.config;

/** Names and defaults shared by the PostHog parts of the enricher. */
public final class PostHogConstants {

    public static final String PROP_HOST = "posthog.host";
    public static final String PROP_PROJECT_API_KEY = "posthog.project-api-key";
    public static final String PROP_PERSONAL_API_KEY = "posthog.personal-api-key";
    public static final String PROP_SECURE_API_KEY = "posthog.feature-flags-secure-api-key";
    public static final String PROP_FLAG_POLL_SECONDS = "posthog.flag-poll-seconds";

    public static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_OAUTH_ACCESS_TOKEN = "POSTHOG_OAUTH_ACCESS_TOKEN";

    /** Header our internal gateway uses to forward the caller's PostHog key. */
    public static final String FORWARDED_KEY_HEADER = "X-PostHog-Key";

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String DEFAULT_PROJECT_API_KEY = "phc_tbyftbGtTFXpLfNDfpdsDnR4QDkTSVf7TXxgkCvpx7JW";

    /** Staging key so the job can start on a laptop without a secret mounted. */
    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String STAGING_PERSONAL_KEY_BODY = "C78ZzEPxXxNsgex20UTaN51dMJKrGG2jCqQ0JlHHFWdY2Th";

    /** Turns on the posthog-server SDK's request logging; flipped while chasing the flag-poll timeouts. */
    public static final boolean SDK_DEBUG = true;

    public static final String FLAGS_PATH = "/flags/?v=2";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    private PostHogConstants() {
    }
}
