package com.harborline.flaggateway.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Token response of PostHog's OAuth token endpoint.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope) {

    @Override
    public String toString() {
        return "OAuthTokens[accessToken=" + accessToken
                + ", refreshToken=" + refreshToken
                + ", expiresIn=" + expiresIn
                + ", scope=" + scope + "]";
    }
}
