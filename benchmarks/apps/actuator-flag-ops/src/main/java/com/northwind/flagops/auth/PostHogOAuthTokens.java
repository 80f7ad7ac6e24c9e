package com.northwind.flagops.auth;

import java.time.Instant;

/**
 * Process-wide holder of the PostHog OAuth tokens of the flag-ops app. Written by
 * {@link PostHogOAuthTokenRefresher}, read wherever a PostHog OAuth token is needed.
 */
public final class PostHogOAuthTokens {

    private static volatile String accessToken;
    private static volatile String refreshToken;
    private static volatile Instant expiresAt = Instant.EPOCH;

    private PostHogOAuthTokens() {
    }

    public static void update(String newAccessToken, String newRefreshToken, Instant newExpiresAt) {
        accessToken = newAccessToken;
        refreshToken = newRefreshToken;
        expiresAt = newExpiresAt;
    }

    public static String accessToken() {
        return accessToken;
    }

    public static String refreshToken() {
        return refreshToken;
    }

    public static Instant expiresAt() {
        return expiresAt;
    }

    public static boolean isValid() {
        return accessToken != null && Instant.now().isBefore(expiresAt);
    }
}
