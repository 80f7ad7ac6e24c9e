package com.northwind.flags.config;

/** The secrets the service authenticates to PostHog with. */
public record PostHogCredentials(
        String personalApiKey,
        String secureApiKey,
        String oauthRefreshToken) {

    public boolean hasOAuth() {
        return oauthRefreshToken != null && !oauthRefreshToken.isBlank();
    }
}
