package com.northwind.flagadmin.oauth;

import java.time.Instant;

/** An OAuth session with PostHog on behalf of the admin team's service account. */
public record PostHogOAuthSession(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    public boolean expiresWithin(long seconds) {
        return expiresAt.isBefore(Instant.now().plusSeconds(seconds));
    }
}
