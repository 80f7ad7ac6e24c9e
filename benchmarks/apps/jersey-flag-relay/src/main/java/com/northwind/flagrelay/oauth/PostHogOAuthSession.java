package com.northwind.flagrelay.oauth;

import java.time.Instant;

/**
 * OAuth tokens of the PostHog app the admin console acts as. Provisioned by the platform
 * team into the pod's environment and refreshed by the sidecar.
 */
public record PostHogOAuthSession(String accessToken, String refreshToken, Instant expiresAt) {

    public static PostHogOAuthSession fromEnvironment() {
        String expires = System.getenv("POSTHOG_OAUTH_EXPIRES_AT");
        return new PostHogOAuthSession(
                System.getenv("POSTHOG_OAUTH_ACCESS_TOKEN"),
                System.getenv("POSTHOG_OAUTH_REFRESH_TOKEN"),
                expires == null ? Instant.EPOCH : Instant.parse(expires));
    }

    public boolean expired() {
        return Instant.now().isAfter(expiresAt);
    }
}
