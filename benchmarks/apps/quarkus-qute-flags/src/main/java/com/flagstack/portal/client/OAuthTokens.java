package com.flagstack.portal.client;

import com.fasterxml.jackson.annotation.JsonProperty;

public record OAuthTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") int expiresIn,
        String scope) {
}
