package com.northwind.flaggate.model;

import java.time.Instant;

/**
 * OAuth tokens the admin console obtained from PostHog for the connected organisation.
 */
public record PostHogCredentials(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    public boolean expiresWithin(long seconds) {
        return expiresAt.isBefore(Instant.now().plusSeconds(seconds));
    }
}
