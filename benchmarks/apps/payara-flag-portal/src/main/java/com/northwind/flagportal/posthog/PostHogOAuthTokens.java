package com.northwind.flagportal.posthog;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Token response of PostHog's OAuth endpoint.
 */
public record PostHogOAuthTokens(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("refresh_token") String refreshToken,
        @JsonbProperty("token_type") String tokenType,
        @JsonbProperty("expires_in") int expiresIn,
        String scope) {
}
