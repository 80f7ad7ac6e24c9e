package com.northwind.flagdeck.dto;

/**
 * OAuth credentials of the PostHog app installation.
 */
public record PostHogCredentials(String accessToken, String refreshToken) {

    public boolean isComplete() {
        return accessToken != null && refreshToken != null;
    }
}
