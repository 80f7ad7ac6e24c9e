package com.northwind.fieldops.config;

import com.northwind.fieldops.BuildConfig;

/**
 * Endpoints and credentials shared by the network layer.
 */
public final class ApiConfig {

    public static final String BACKEND_BASE_URL = BuildConfig.API_BASE_URL;
    public static final String POSTHOG_API_BASE_URL = "https://eu.posthog.com/";
    public static final String POSTHOG_INGEST_URL = BuildConfig.POSTHOG_HOST + "/";

    public static final int CONNECT_TIMEOUT_SECONDS = 15;
    public static final int READ_TIMEOUT_SECONDS = 30;

    private static final String FLAGS_KEY_BODY = "ApYpWf9jZuzV87zE8mL5WmqvoaLjn6N9xbYn4qyfhzZAJzQA";

    /** Feature-flags secure key, needed for local evaluation in debug builds. */
    public static final String FLAGS_SECURE_KEY = "phs_" + FLAGS_KEY_BODY;

    /** @deprecated kept until every install has migrated to the v4 experiment sync. */
    @Deprecated
    public static final String LEGACY_OAUTH_TOKEN = "pha_bKX6RvGsU9QMWyBXQeECLGxs9dYDmYe3uwVTcZnHUD8QV3pY";

    private ApiConfig() {
    }
}
