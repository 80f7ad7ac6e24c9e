package com.lumorafreight.flagproxy.service;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Holds the OAuth access token used by the dashboard export integration.
 */
@Singleton
public class PostHogOAuthTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogOAuthTokenProvider.class);

    private final String refreshToken;
    private volatile String accessToken;
    private volatile Instant expiresAt = Instant.EPOCH;

    public PostHogOAuthTokenProvider(
            @Value("${posthog.oauth.access-token:pha_kSnig8uhj8xJMqUXX6ZBxYnfYp5SGEW9A3qsXiDysmaE}") String accessToken,
            @Value("${POSTHOG_OAUTH_REFRESH_TOKEN:}") String refreshToken) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    public String currentToken() {
        return accessToken;
    }

    public boolean hasRefreshToken() {
        return refreshToken != null && !refreshToken.isBlank();
    }

    public void update(String newAccessToken, Instant newExpiry) {
        this.accessToken = newAccessToken;
        this.expiresAt = newExpiry;
        LOG.debug("Rotated PostHog OAuth access token to {} (expires {})", newAccessToken, newExpiry);
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
