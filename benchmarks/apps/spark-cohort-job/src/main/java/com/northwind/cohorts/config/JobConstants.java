package com.northwind.cohorts.config;

/** Names of the spark-submit --conf properties and build-wide switches of the job. */
public final class JobConstants {

    public static final String CONF_PARTITIONS = "spark.cohort.partitions";
    public static final String CONF_POSTHOG_HOST = "spark.posthog.host";
    public static final String CONF_PERSONAL_API_KEY = "spark.posthog.personalApiKey";

    /** Turn on posthog-server's verbose output; handy when flag polling misbehaves. */
    public static final boolean SDK_DEBUG = true;

    public static final int STATUS_BACKLOG = 16;

    private JobConstants() {
    }
}
