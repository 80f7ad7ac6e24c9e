package com.northwind.flagportal.posthog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Keeps a fresh PostHog OAuth access token for the calls the portal makes on behalf of
 * the platform team's OAuth app.
 */
@ApplicationScoped
public class PostHogOAuthService {

    private static final Logger LOG = Logger.getLogger(PostHogOAuthService.class.getName());

    @Inject
    @RestClient
    PostHogApi api;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "posthog.oauth.refresh-token")
    String initialRefreshToken;

    private volatile PostHogOAuthTokens current;
    private volatile Instant expiresAt = Instant.EPOCH;

    public synchronized String accessToken() {
        if (Instant.now().isAfter(expiresAt.minusSeconds(60))) {
            refresh();
        }
        return current.accessToken();
    }

    private void refresh() {
        String refreshToken = current != null ? current.refreshToken() : initialRefreshToken;
        PostHogOAuthTokens tokens = api.refreshToken("refresh_token", refreshToken, clientId);
        LOG.fine(String.format("Refreshed PostHog OAuth access token %s, valid for %d s", tokens.accessToken(), tokens.expiresIn()));
        LOG.fine("PostHog OAuth token_type=" + tokens.tokenType() + ", expires_in=" + tokens.expiresIn());
        current = tokens;
        expiresAt = Instant.now().plusSeconds(tokens.expiresIn());
    }
}
