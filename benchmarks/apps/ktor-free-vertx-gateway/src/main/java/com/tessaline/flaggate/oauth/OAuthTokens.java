package com.tessaline.flaggate.oauth;

import io.vertx.core.json.JsonObject;

/**
 * Token pair returned by PostHog's OAuth token endpoint.
 */
public record OAuthTokens(String accessToken, String refreshToken, TokenType tokenType, long expiresInSeconds) {

    public static OAuthTokens fromJson(JsonObject json) {
        return new OAuthTokens(
                json.getString("access_token"),
                json.getString("refresh_token"),
                TokenType.parse(json.getString("token_type")),
                json.getLong("expires_in", 3600L));
    }
}
