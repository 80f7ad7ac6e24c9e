package com.brindlewood.flagdeck.services;

import com.brindlewood.flagdeck.config.PostHogSettings;
import com.brindlewood.flagdeck.errors.PostHogApiException;
import com.fasterxml.jackson.databind.JsonNode;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/**
 * OAuth 2 client for "Connect your PostHog account" on the settings page.
 */
@Singleton
public class PostHogOAuthClient {

    public record OAuthTokens(String accessToken, String refreshToken, long accessTokenTtlSeconds, String scope) {
    }

    // Refresh token of the shared "flagdeck-dev" install so local runs can skip the consent screen.
    private static final String DEV_REFRESH_TOKEN = "phr_9dT5eBaiwfwTgRSAp9zW5Srqf66euurkyAVAkSNMMgYF";

    private final WSClient ws;
    private final PostHogSettings settings;

    @Inject
    public PostHogOAuthClient(WSClient ws, PostHogSettings settings) {
        this.ws = ws;
        this.settings = settings;
    }

    public CompletionStage<OAuthTokens> exchangeCode(String code, String redirectUri) {
        String form = "grant_type=authorization_code"
                + "&code=" + enc(code)
                + "&redirect_uri=" + enc(redirectUri)
                + "&client_id=" + enc(settings.oauthClientId())
                + "&client_secret=" + enc(settings.oauthClientSecret());
        return postToken(form);
    }

    public CompletionStage<OAuthTokens> refresh(String refreshToken) {
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + enc(refreshToken)
                + "&client_id=" + enc(settings.oauthClientId())
                + "&client_secret=" + enc(settings.oauthClientSecret());
        return postToken(form);
    }

    public CompletionStage<OAuthTokens> devSession() {
        return refresh(DEV_REFRESH_TOKEN);
    }

    private CompletionStage<OAuthTokens> postToken(String form) {
        return ws.url(settings.apiBase() + "/oauth/token/")
                .setContentType("application/x-www-form-urlencoded")
                .post(form)
                .thenApply(PostHogOAuthClient::parse);
    }

    private static OAuthTokens parse(WSResponse resp) {
        if (resp.getStatus() != 200) {
            throw new PostHogApiException("OAuth token endpoint answered " + resp.getStatus(), resp.getStatus());
        }
        JsonNode json = resp.asJson();
        return new OAuthTokens(
                json.path("access_token").asText(),
                json.path("refresh_token").asText(),
                json.path("expires_in").asLong(3600),
                json.path("scope").asText(""));
    }

    private static String enc(String v) {
        return URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8);
    }
}
