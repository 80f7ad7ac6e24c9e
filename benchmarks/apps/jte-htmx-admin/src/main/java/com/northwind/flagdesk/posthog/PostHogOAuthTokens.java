package com.northwind.flagdesk.posthog;

import java.time.Instant;

/** Tokens from PostHog's OAuth app install ("Connect Flagdesk to PostHog"). */
public record PostHogOAuthTokens(String accessToken, String refreshToken, String scope, Instant expiresAt) {

    public boolean expired() {
        return expiresAt.isBefore(Instant.now());
    }
}
