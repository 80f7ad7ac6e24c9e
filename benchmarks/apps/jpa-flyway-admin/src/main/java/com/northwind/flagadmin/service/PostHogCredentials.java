package com.northwind.flagadmin.service;

import java.time.Instant;

/** Tokens PostHog's OAuth endpoint hands back when a tenant connects its organisation. */
public record PostHogCredentials(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    public boolean isExpired() {
        return expiresAt != null && Instant.now().isAfter(expiresAt);
    }
}
