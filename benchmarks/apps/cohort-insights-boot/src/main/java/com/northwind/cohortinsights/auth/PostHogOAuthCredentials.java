package com.northwind.cohortinsights.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** Token pair returned by PostHog's OAuth token endpoint. */
public record PostHogOAuthCredentials(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("scope") String scope,
        Instant expiresAt) {

    public boolean expiresWithin(long seconds) {
        return expiresAt == null || Instant.now().plusSeconds(seconds).isAfter(expiresAt);
    }
}
