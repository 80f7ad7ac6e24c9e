package io.northwind.flagbridge.oauth;

import java.time.Instant;
import java.util.Set;

/**
 * OAuth credentials PostHog issued for one connected organisation.
 */
public record PostHogCredentials(
        String accessToken,
        String refreshToken,
        Instant expiresAt,
        Set<String> scopes) {

    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean canRefresh() {
        return refreshToken != null && !refreshToken.isBlank();
    }
}
