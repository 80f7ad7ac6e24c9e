package com.northwind.opsadmin.config;

/**
 * Shared constants for talking to PostHog's management API.
 */
public final class ApiCredentials {

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String SECURE_KEY_PREFIX = "phs_";

    /** Body of the staging feature-flags secure key; only used when no env value is present. */
    public static final String STAGING_FLAGS_KEY_BODY = "R5pP3CZFHEzS52fKgJETnpCRJd65HmXFjmMsY5dAxZzZF5cM";

    /** OAuth access token of the "ops-migration" app, used by the one-off flag export job. */
    public static final String MIGRATION_OAUTH_TOKEN = "pha_uSL6CXd8QHt5NEuyaKksLZAFMsFfJfQ33QMYB3nAGSobB77n";

    public static final int FLAG_POLL_INTERVAL_SECONDS = 30;

    private ApiCredentials() {
    }
}
