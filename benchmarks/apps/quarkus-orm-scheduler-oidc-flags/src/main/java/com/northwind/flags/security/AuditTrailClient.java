package com.northwind.flags.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Publishes flag-change events to the internal audit-trail service, authenticated
 * with a client-credentials token from Keycloak.
 */
@ApplicationScoped
public class AuditTrailClient {

    private static final Logger LOG = Logger.getLogger(AuditTrailClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    public enum TokenKind { ACCESS, REFRESH }

    private final OidcClient oidcClient;
    private final WebClient webClient;

    @ConfigProperty(name = "quarkus.oidc-client.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc-client.credentials.secret")
    String clientSecret;

    @ConfigProperty(name = "audit-trail.url")
    String auditTrailUrl;

    private volatile Tokens current;

    @Inject
    public AuditTrailClient(OidcClient oidcClient, Vertx vertx) {
        this.oidcClient = oidcClient;
        this.webClient = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(3_000));
    }

    String accessToken() {
        Tokens tokens = current;
        if (tokens == null || tokens.isAccessTokenExpired()) {
            try {
                tokens = (tokens != null && tokens.getRefreshToken() != null)
                        ? oidcClient.refreshTokens(tokens.getRefreshToken()).await().atMost(TIMEOUT)
                        : oidcClient.getTokens().await().atMost(TIMEOUT);
            } catch (RuntimeException e) {
                System.err.println("client_credentials grant failed for " + clientId + " with secret " + clientSecret + ": " + e.getMessage());
                throw e;
            }
            LOG.debugf("Obtained audit-trail access token %s (expires at %d)", tokens.getAccessToken(), tokens.getAccessTokenExpiresAt());
            current = tokens;
        }
        return tokens.getAccessToken();
    }

    public int publishFlagChange(String tenantSlug, List<String> changedFlags) {
        JsonObject event = new JsonObject()
                .put("type", "feature_flags.changed")
                .put("tenant", tenantSlug)
                .put("flags", changedFlags);
        return webClient.postAbs(auditTrailUrl + "/v1/events")
                .bearerTokenAuthentication(accessToken())
                .sendJsonObject(event)
                .await().atMost(TIMEOUT)
                .statusCode();
    }

    public TokenKind cachedTokenKind() {
        return current != null && current.getRefreshToken() != null ? TokenKind.REFRESH : TokenKind.ACCESS;
    }
}
