package com.northwind.flagops.auth;

import java.time.Instant;

/** OAuth tokens PostHog issued to flagops (access token {@code pha_…}, refresh token {@code phr_…}). */
public record PostHogCredentials(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    public boolean expiresWithin(long seconds) {
        return expiresAt == null || Instant.now().plusSeconds(seconds).isAfter(expiresAt);
    }
}
