package com.acme.cohorts.posthog;

import com.acme.cohorts.config.AppSettings;
import com.acme.cohorts.util.KeyMasker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchanges the long-lived OAuth refresh token for a short-lived PostHog access token
 * (used by the cohort export endpoints, which do not accept personal keys).
 */
public class OAuthTokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenRefresher.class);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper;
    private final AppSettings settings;

    private volatile String currentAccessToken;
    private volatile Instant expiresAt = Instant.EPOCH;

    public OAuthTokenRefresher(AppSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    public synchronized String accessToken() throws IOException, InterruptedException {
        if (currentAccessToken != null && Instant.now().isBefore(expiresAt.minusSeconds(60))) {
            return currentAccessToken;
        }
        String form = "grant_type=refresh_token"
                + "&client_id=" + URLEncoder.encode(settings.getOauthClientId(), StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(settings.getOauthRefreshToken(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(settings.getOauthTokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = mapper.readTree(response.body());
        String accessToken = body.get("access_token").asText();
        long expiresIn = body.path("expires_in").asLong(3600);

        log.atDebug().addKeyValue("accessToken", accessToken).addKeyValue("expiresIn", expiresIn).log("Refreshed PostHog OAuth access token");
        log.info("PostHog access token {} valid for {}s", KeyMasker.mask(accessToken), expiresIn);

        this.currentAccessToken = accessToken;
        this.expiresAt = Instant.now().plusSeconds(expiresIn);
        return accessToken;
    }
}
