package com.quarrylane.flagadmin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OAuth client used by {@code auth login} to obtain a short-lived PostHog access token.
 */
@ConfigurationProperties(prefix = "quarrylane.oauth")
public record AdminOAuthProperties(
        String tokenUri,
        String clientId,
        String clientSecret,
        String scope) {
}
