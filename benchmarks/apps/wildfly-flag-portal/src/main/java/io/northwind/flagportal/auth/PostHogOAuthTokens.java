package io.northwind.flagportal.auth;

/** Tokens PostHog's OAuth server hands back for a portal user. */
public record PostHogOAuthTokens(String accessToken, String refreshToken, int expiresIn, String scope) {
}
