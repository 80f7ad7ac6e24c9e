package com.lumenware.flagconsole.oauth;

import java.time.Instant;

/** Tokens of the console's service account in the PostHog OAuth app. */
public record PostHogOAuthTokens(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    public boolean expiresWithin(long seconds) {
        return expiresAt.isBefore(Instant.now().plusSeconds(seconds));
    }
}
