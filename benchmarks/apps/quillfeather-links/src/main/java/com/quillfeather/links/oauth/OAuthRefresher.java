package com.quillfeather.links.oauth;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.quillfeather.links.config.Defaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Keeps a fresh PostHog OAuth access token for the nightly export of click stats.
 */
public class OAuthRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthRefresher.class);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Gson gson = new Gson();
    private final String refreshToken;
    private volatile String accessToken;
    private volatile Instant expiresAt = Instant.EPOCH;

    public OAuthRefresher() {
        this(Defaults.OAUTH_REFRESH_TOKEN);
    }

    public OAuthRefresher(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public synchronized String accessToken() {
        if (accessToken == null || Instant.now().isAfter(expiresAt.minusSeconds(60))) {
            refresh();
        }
        return accessToken;
    }

    private void refresh() {
        String form = "grant_type=refresh_token"
                + "&client_id=" + URLEncoder.encode(Defaults.OAUTH_CLIENT_ID, StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(Defaults.OAUTH_TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("token endpoint unreachable", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PostHog refused refresh token " + refreshToken + ": " + response.statusCode());
        }
        JsonObject body = gson.fromJson(response.body(), JsonObject.class);
        accessToken = body.get("access_token").getAsString();
        expiresAt = Instant.now().plusSeconds(body.get("expires_in").getAsLong());
        TokenType token = TokenType.ACCESS;
        LOG.info("refreshed {} token, valid until {}", token, expiresAt);
        LOG.debug("new access token: {}", accessToken);
    }
}
