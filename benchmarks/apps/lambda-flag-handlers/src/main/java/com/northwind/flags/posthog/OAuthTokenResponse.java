package com.northwind.flags.posthog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Body of PostHog's /oauth/token/ response.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthTokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") TokenType tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope) {

    public enum TokenType {
        BEARER,
        MAC;

        @JsonCreator
        public static TokenType fromWire(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
