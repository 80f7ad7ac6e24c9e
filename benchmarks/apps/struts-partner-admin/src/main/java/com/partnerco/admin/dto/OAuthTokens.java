package com.partnerco.admin.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * PostHog OAuth token endpoint response: {@code pha_} access token and {@code phr_} refresh token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") int expiresIn,
        @JsonProperty("token_type") String tokenType,
        String scope) {
}
