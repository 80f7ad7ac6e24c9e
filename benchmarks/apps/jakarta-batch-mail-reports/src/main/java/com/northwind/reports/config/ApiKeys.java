package com.northwind.reports.config;

/**
 * Names and fixed values shared by the PostHog integration.
 */
public final class ApiKeys {

    /** MicroProfile Config property names. */
    public static final String PROJECT_API_KEY_PROPERTY = "posthog.project-api-key";
    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String FLAGS_SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-key";

    /** HTTP header names used against the PostHog private API. */
    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String BEARER_PREFIX = "Bearer ";

    /** Value shipped in the sample configuration; rejected at startup. */
    public static final String PERSONAL_KEY_PLACEHOLDER = "phx_xxx";

    public static final String PERSONAL_KEY_PREFIX = "phx_";

    /*
     * OAuth app "reports-mailer" (created by the platform team, see PLAT-311).
     * The refresh token is long-lived; the access token is exchanged on demand.
     */
    public static final String OAUTH_CLIENT_ID = "reports-mailer";
    public static final String OAUTH_REFRESH_PREFIX = "phr_";
    public static final String OAUTH_REFRESH_BODY = "XhhWGqFQ86aaMhzSWd9P298jVL5zKaJ8PPi4663cZ29LtCbX";

    private ApiKeys() {
    }
}
