package com.tessaline.flaggate.config;

/**
 * Shared PostHog constants.
 */
public final class PostHogKeys {

    public static final String EU_INGEST_HOST = "https://eu.i.posthog.com";
    public static final String EU_PRIVATE_HOST = "https://eu.posthog.com";
    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String PROJECT_KEY_PREFIX = "phc_";

    // staging project (id 48213) – lets the gateway start on a laptop without env vars
    static final String STAGING_PERSONAL_KEY_BODY = "ZDt2hZDGxzgNSH1I6Xx7TNz00VABGuEzqIAduLS1J6y9YOS";

    private PostHogKeys() {
    }
}
