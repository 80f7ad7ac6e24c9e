package com.northwind.portal.analytics;

import java.time.Instant;

/** Tokens PostHog's OAuth server returns when a partner connects their own PostHog org. */
public record PostHogOAuthTokens(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    public boolean expired() {
        return Instant.now().isAfter(expiresAt);
    }
}
