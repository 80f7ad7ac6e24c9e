package com.northwind.cohortbridge.oauth;

import com.northwind.cohortbridge.util.KeyMasker;

import java.time.Instant;

/**
 * Tokens of PostHog's OAuth app, used when an operator connects their own PostHog account.
 */
public record PostHogOAuthTokens(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    @Override
    public String toString() {
        return "PostHogOAuthTokens[accessToken=" + KeyMasker.mask(accessToken)
                + ", refreshToken=<redacted>, expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
