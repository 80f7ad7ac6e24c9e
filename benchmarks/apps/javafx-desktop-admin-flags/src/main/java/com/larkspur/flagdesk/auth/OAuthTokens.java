package com.larkspur.flagdesk.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * Token pair returned by PostHog's OAuth token endpoint.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope,
        Instant issuedAt) {

    public enum TokenType { ACCESS, REFRESH }

    public OAuthTokens withIssuedAt(Instant now) {
        return new OAuthTokens(accessToken, refreshToken, expiresIn, scope, now);
    }

    public Instant expiresAt() {
        return issuedAt == null ? Instant.EPOCH : issuedAt.plusSeconds(expiresIn);
    }

    public boolean isExpired(Instant now) {
        return now.isAfter(expiresAt().minusSeconds(60));
    }
}
