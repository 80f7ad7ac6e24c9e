package com.acme.devtools.flagview.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.ILog;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Refreshes the OAuth access token used by people who connect through "Sign in with PostHog"
 * instead of pasting a personal API key.
 */
public class OAuthTokenRefresher {

    public enum TokenType { ACCESS, REFRESH }

    public record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {

        public boolean isExpired() {
            return expiresAt != null && Instant.now().isAfter(expiresAt.minusSeconds(30));
        }
    }

    private static final ILog LOG = FlagViewPlugin.log();
    private static final String CLIENT_ID = "acme-eclipse-flagview";

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();

    public OAuthTokenRefresher(URI appHost) {
        this.tokenEndpoint = appHost.resolve("/oauth/token/");
    }

    /** Tokens handed in by the runtime workbench launch configuration. */
    public static OAuthTokens fromEnvironment() {
        String access = System.getenv("POSTHOG_OAUTH_ACCESS_TOKEN");
        String refresh = System.getenv("POSTHOG_OAUTH_REFRESH_TOKEN");
        if (refresh == null || refresh.isBlank()) {
            return null;
        }
        return new OAuthTokens(access, refresh, null);
    }

    public OAuthTokens refresh(OAuthTokens current) throws PostHogApiException, InterruptedException {
        LOG.info("Refreshing " + TokenType.ACCESS + " token via " + TokenType.REFRESH + " grant at " + tokenEndpoint);
        String form = "grant_type=refresh_token"
                + "&client_id=" + URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(current.refreshToken(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("Token endpoint unreachable", e);
        }
        if (response.statusCode() != 200) {
            throw new PostHogApiException("Token refresh rejected with HTTP " + response.statusCode(), response.statusCode());
        }
        JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
        OAuthTokens tokens = new OAuthTokens(
                json.get("access_token").getAsString(),
                json.has("refresh_token") ? json.get("refresh_token").getAsString() : current.refreshToken(),
                Instant.now().plusSeconds(json.get("expires_in").getAsLong()));
        LOG.info("OAuth access token refreshed: " + tokens.accessToken() + ", valid until " + tokens.expiresAt());
        return tokens;
    }
}
