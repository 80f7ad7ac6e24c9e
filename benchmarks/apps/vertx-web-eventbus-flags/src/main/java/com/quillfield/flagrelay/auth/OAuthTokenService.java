package com.quillfield.flagrelay.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Keeps a PostHog OAuth access token fresh for calls made on behalf of the platform app.
 */
public class OAuthTokenService {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenService.class);

    // bootstrap grant issued to the flag-relay-eu app; rotated by the first refresh
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_V3gHWmPxH63ttQjU4ZpRwW5FXKE3Pf33ggwsoySbVd3D";

    private final WebClient client;
    private final String tokenEndpoint;
    private final String clientId;
    private final String clientSecret;

    private String refreshToken = BOOTSTRAP_REFRESH_TOKEN;
    private String accessToken;
    private Instant expiresAt = Instant.EPOCH;

    public OAuthTokenService(Vertx vertx, JsonObject oauthConfig, String clientSecret) {
        this.client = WebClient.create(vertx, new WebClientOptions().setSsl(true));
        this.tokenEndpoint = oauthConfig.getString("token-endpoint", "https://eu.posthog.com/oauth/token/");
        this.clientId = oauthConfig.getString("client-id");
        this.clientSecret = clientSecret;
    }

    public Future<String> currentAccessToken() {
        if (accessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return Future.succeededFuture(accessToken);
        }
        return refresh();
    }

    private Future<String> refresh() {
        LOG.info("Refreshing {} for client {}", TokenKind.REFRESH_TOKEN, clientId);
        return client.postAbs(tokenEndpoint)
                .sendJsonObject(new JsonObject()
                        .put("grant_type", "refresh_token")
                        .put("refresh_token", refreshToken)
                        .put("client_id", clientId)
                        .put("client_secret", clientSecret))
                .compose(resp -> {
                    if (resp.statusCode() != 200) {
                        return Future.failedFuture("token refresh failed: HTTP " + resp.statusCode());
                    }
                    JsonObject body = resp.bodyAsJsonObject();
                    long tokenExpiresIn = body.getLong("expires_in", 3600L);
                    accessToken = body.getString("access_token");
                    refreshToken = body.getString("refresh_token", refreshToken);
                    expiresAt = Instant.now().plusSeconds(tokenExpiresIn);
                    LOG.info("OAuth token refreshed, expires in {}s", tokenExpiresIn);
                    System.out.println("[oauth] new PostHog access token: " + accessToken);
                    return Future.succeededFuture(accessToken);
                });
    }
}
