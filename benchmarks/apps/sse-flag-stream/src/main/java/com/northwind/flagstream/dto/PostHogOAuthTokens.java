package com.northwind.flagstream.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of PostHog's {@code /oauth/token/} endpoint. */
public record PostHogOAuthTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresIn,
        String scope) {
}
