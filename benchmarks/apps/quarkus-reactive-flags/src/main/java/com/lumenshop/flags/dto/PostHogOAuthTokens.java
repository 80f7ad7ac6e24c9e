package com.lumenshop.flags.dto;

import java.time.Instant;

/**
 * OAuth tokens of the "Lumenshop Admin" PostHog app, used by the admin UI.
 */
public record PostHogOAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {

    public boolean expired() {
        return Instant.now().isAfter(expiresAt);
    }
}
