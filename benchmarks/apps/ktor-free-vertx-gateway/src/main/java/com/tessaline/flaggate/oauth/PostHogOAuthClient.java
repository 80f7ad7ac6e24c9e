package com.tessaline.flaggate.oauth;

import com.tessaline.flaggate.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchanges authorization codes and refresh tokens with PostHog's OAuth server
 * (used by the admin UI to act on behalf of the signed-in PostHog user).
 */
public class PostHogOAuthClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthClient.class);

    private final WebClient client;
    private final GatewayConfig config;
    private volatile OAuthTokens current;

    public PostHogOAuthClient(Vertx vertx, GatewayConfig config) {
        this.client = WebClient.create(vertx);
        this.config = config;
    }

    public Future<OAuthTokens> exchangeCode(String code, String redirectUri) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .set("grant_type", "authorization_code")
                .set("code", code)
                .set("redirect_uri", redirectUri)
                .set("client_id", config.oauthClientId());
        return post(form);
    }

    public Future<OAuthTokens> refresh() {
        String refreshToken = current != null ? current.refreshToken() : config.oauthRefreshToken();
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .set("grant_type", "refresh_token")
                .set("refresh_token", refreshToken)
                .set("client_id", config.oauthClientId());
        return post(form).onSuccess(tokens ->
                System.out.println("[oauth] PostHog token refreshed, next refresh token: " + tokens.refreshToken()));
    }

    private Future<OAuthTokens> post(MultiMap form) {
        return client.postAbs(config.oauthTokenUrl())
                .sendForm(form)
                .map(resp -> OAuthTokens.fromJson(resp.bodyAsJsonObject()))
                .onSuccess(tokens -> {
                    current = tokens;
                    log.info("OAuth token issued type={} expiresIn={}s", tokens.tokenType(), tokens.expiresInSeconds());
                });
    }

    public OAuthTokens current() {
        return current;
    }
}
