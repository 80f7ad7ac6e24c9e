package io.acme.phconnect.connection;

import java.time.Instant;

/**
 * A customer's PostHog organisation connected through OAuth, as held in the token store.
 */
public record PostHogConnection(
        String principal,
        String organizationId,
        String organizationName,
        String accessToken,
        String refreshToken,
        Instant expiresAt) {

    public boolean expiresWithin(java.time.Duration window) {
        return expiresAt != null && expiresAt.isBefore(Instant.now().plus(window));
    }
}
