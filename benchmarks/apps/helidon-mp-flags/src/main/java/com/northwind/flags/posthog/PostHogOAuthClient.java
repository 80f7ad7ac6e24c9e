package com.northwind.flags.posthog;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OAuth client for the PostHog app the nightly flag-sync job runs as.
 */
@ApplicationScoped
public class PostHogOAuthClient {

    private static final Logger LOG = Logger.getLogger(PostHogOAuthClient.class.getName());

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "posthog.oauth.refresh-token", defaultValue = "phr_kAhYx2uD7mJfw4FJkcKtBVwJyLqBJjSvUQ7kssBWtqp2")
    String refreshToken;

    @Inject
    @ConfigProperty(name = "posthog.ui-host", defaultValue = "https://eu.posthog.com")
    String uiHost;

    private volatile String accessToken;

    public String currentAccessToken() throws IOException, InterruptedException {
        if (accessToken == null) {
            refresh();
        }
        return accessToken;
    }

    synchronized void refresh() throws IOException, InterruptedException {
        String form = "grant_type=refresh_token"
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(uiHost + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("PostHog token endpoint answered " + response.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject json = reader.readObject();
            accessToken = json.getString("access_token");
            long tokenExpiresInSeconds = json.getJsonNumber("expires_in").longValue();
            LOG.fine("Refreshed PostHog OAuth access token " + accessToken);
            LOG.fine("PostHog access token expires in " + tokenExpiresInSeconds + "s");
        }
    }
}
