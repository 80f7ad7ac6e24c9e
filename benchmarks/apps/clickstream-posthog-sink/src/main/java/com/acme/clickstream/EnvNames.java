package com.acme.clickstream;

/**
 * Environment variables read by the sink.
 */
public final class EnvNames {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String KAFKA_SASL_USERNAME = "KAFKA_SASL_USERNAME";
    public static final String KAFKA_SASL_PASSWORD = "KAFKA_SASL_PASSWORD";
    public static final String POSTHOG_HOST = "POSTHOG_HOST";
    public static final String POSTHOG_API_KEY = "POSTHOG_API_KEY";
    public static final String POSTHOG_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String POSTHOG_DEBUG = "POSTHOG_DEBUG";
    public static final String STATUS_ADMIN_TOKEN = "STATUS_ADMIN_TOKEN";

    private EnvNames() {
    }
}
