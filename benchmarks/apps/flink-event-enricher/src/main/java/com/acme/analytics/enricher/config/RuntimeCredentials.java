package com.acme.analytics.enricher.config;

/**
 * Process-wide holder for credentials that are not part of the serialized job graph.
 * Filled once by the launcher before the job is submitted.
 */
public final class RuntimeCredentials {

    private static volatile String posthogAccessToken;

    private RuntimeCredentials() {
    }

    public static void setPosthogAccessToken(String token) {
        posthogAccessToken = token;
    }

    public static String posthogAccessToken() {
        return posthogAccessToken;
    }

    public static boolean hasPosthogAccessToken() {
        return posthogAccessToken != null && !posthogAccessToken.isBlank();
    }
}
