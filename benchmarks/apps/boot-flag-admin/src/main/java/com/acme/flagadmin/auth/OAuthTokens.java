package com.acme.flagadmin.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** Token pair returned by PostHog's OAuth token endpoint (pha_ access token, phr_ refresh token). */
public record OAuthTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        String scope) {

    public Instant expiresAt(Instant issuedAt) {
        return issuedAt.plusSeconds(expiresIn);
    }
}
