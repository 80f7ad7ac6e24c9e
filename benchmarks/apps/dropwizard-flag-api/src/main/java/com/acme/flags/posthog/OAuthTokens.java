package com.acme.flags.posthog;

import com.acme.flags.util.KeyMasker;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Token response of PostHog's OAuth endpoint ({@code pha_} access / {@code phr_} refresh).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope) {

    @Override
    public String toString() {
        return "OAuthTokens[accessToken=" + KeyMasker.mask(accessToken)
                + ", refreshToken=" + KeyMasker.mask(refreshToken)
                + ", tokenType=" + tokenType
                + ", expiresIn=" + expiresIn
                + ", scope=" + scope + "]";
    }
}
