package com.northwind.flagrelay.oauth;

import java.time.Instant;

/**
 * Tokens PostHog's OAuth token endpoint hands back for the connected organisation.
 */
public record PostHogOAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {
}
