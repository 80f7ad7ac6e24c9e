package com.ledgerly.billinghooks.posthog;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ledgerly.billinghooks.PostHogSettings;

/**
 * Keeps a fresh OAuth access token for the Ledgerly PostHog app integration, which writes
 * billing properties into customers' own PostHog projects.
 */
public class OAuthTokenStore {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenStore.class);

    // Issued when the integration was first installed on the Ledgerly org.
    private static final String INSTALL_REFRESH_TOKEN = "phr_Y9fzTVMAN0FR3mc81P7LtpVCWupFxqHBVTFyXHzQIQX";

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI tokenUri;
    private final String clientId;

    private String accessToken;
    private String refreshToken;
    private Instant expiresAt = Instant.EPOCH;

    public OAuthTokenStore(HttpClient http, ObjectMapper mapper, PostHogSettings settings) {
        this.http = http;
        this.mapper = mapper;
        this.tokenUri = URI.create(settings.getAppHost() + "/oauth/token/");
        this.clientId = settings.getOauthClientId();
        String configured = settings.getOauthRefreshToken();
        this.refreshToken = configured == null || configured.isBlank() ? INSTALL_REFRESH_TOKEN : configured;
    }

    public synchronized String accessToken() throws IOException, InterruptedException {
        if (accessToken == null || Instant.now().isAfter(expiresAt)) {
            refresh();
        }
        return accessToken;
    }

    public synchronized boolean hasValidAccessToken() {
        return accessToken != null && Instant.now().isBefore(expiresAt);
    }

    public synchronized Instant expiresAt() {
        return expiresAt;
    }

    private void refresh() throws IOException, InterruptedException {
        String form = "grant_type=refresh_token"
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)
                + "&client_id=" + URLEncoder.encode(clientId == null ? "" : clientId, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("OAuth refresh failed (HTTP " + response.statusCode() + ") using refresh token " + refreshToken);
        }

        JsonNode json = mapper.readTree(response.body());
        accessToken = json.path("access_token").asText();
        refreshToken = json.path("refresh_token").asText(refreshToken);
        expiresAt = Instant.now().plusSeconds(json.path("expires_in").asLong(3600) - 60);
        log.info("Refreshed PostHog OAuth access token {} (valid until {})", accessToken, expiresAt);
    }
}
