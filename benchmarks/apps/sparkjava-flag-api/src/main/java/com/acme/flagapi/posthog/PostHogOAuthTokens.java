package com.acme.flagapi.posthog;

import com.google.gson.annotations.SerializedName;

/**
 * Token response of PostHog's OAuth token endpoint.
 */
public record PostHogOAuthTokens(
        @SerializedName("access_token") String accessToken,
        @SerializedName("refresh_token") String refreshToken,
        @SerializedName("expires_in") long expiresIn,
        @SerializedName("scope") String scope) {
}
