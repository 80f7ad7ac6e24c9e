package com.northwind.flaggate.auth;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Keeps a PostHog OAuth access token fresh for the MCP/agent integration.
 */
@Singleton
@Startup
public class OAuthTokenRefresher {

    private static final Logger LOG = Logger.getLogger(OAuthTokenRefresher.class);

    @Inject
    @ConfigProperty(name = "posthog.oauth.token-url")
    String tokenUrl;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "posthog.oauth.refresh-token",
            defaultValue = "phr_akMmoCdAjtyjVzUDHHEzZuC2NZujHEVCpyjyhf2La5fpZ7g6")
    String initialRefreshToken;

    private volatile String refreshToken;
    private volatile String accessToken;
    private volatile Instant expiresAt = Instant.EPOCH;

    public record TokenResponse(
            @JsonbProperty("access_token") String accessToken,
            @JsonbProperty("refresh_token") String refreshToken,
            @JsonbProperty("expires_in") long expiresIn,
            String scope) {
    }

    @Schedule(minute = "*/50", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    public void refresh() {
        String current = refreshToken != null ? refreshToken : initialRefreshToken;
        Form form = new Form()
                .param("grant_type", "refresh_token")
                .param("refresh_token", current)
                .param("client_id", clientId)
                .param("client_secret", clientSecret);
        Client client = ClientBuilder.newClient();
        try (Response response = client.target(tokenUrl)
                .request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                LOG.errorf("PostHog OAuth refresh failed: HTTP %d", response.getStatus());
                return;
            }
            TokenResponse token = response.readEntity(TokenResponse.class);
            accessToken = token.accessToken();
            refreshToken = token.refreshToken();
            expiresAt = Instant.now().plusSeconds(token.expiresIn());
            LOG.infof("Refreshed PostHog OAuth access token %s (expires in %ds)", token.accessToken(), token.expiresIn());
            LOG.debugf("Rotated refresh token (%d chars), scope=%s", token.refreshToken().length(), token.scope());
        } finally {
            client.close();
        }
    }

    @Lock(LockType.READ)
    public String currentAccessToken() {
        if (accessToken == null || Instant.now().isAfter(expiresAt)) {
            throw new IllegalStateException("PostHog OAuth token not available yet");
        }
        return accessToken;
    }
}
