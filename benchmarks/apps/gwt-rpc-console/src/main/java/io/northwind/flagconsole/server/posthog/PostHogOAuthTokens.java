package io.northwind.flagconsole.server.posthog;

/** Tokens PostHog's OAuth token endpoint hands back for a console user. */
public record PostHogOAuthTokens(String accessToken, String refreshToken, long expiresIn, String scope) {
}
