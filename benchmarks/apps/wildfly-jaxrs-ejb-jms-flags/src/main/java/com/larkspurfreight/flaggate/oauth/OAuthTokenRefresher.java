package com.larkspurfreight.flaggate.oauth;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the PostHog OAuth access token used by the warehouse export fresh.
 */
@Singleton
public class OAuthTokenRefresher {

    private final HttpClient http = HttpClient.newHttpClient();

    private volatile String accessToken;
    private volatile int refreshCount;

    @Schedule(minute = "*/30", hour = "*", persistent = false)
    public void refresh() {
        String refreshToken = ConfigProvider.getConfig()
                .getOptionalValue("posthog.oauth.refresh-token", String.class)
                .orElse(System.getenv("POSTHOG_OAUTH_REFRESH_TOKEN"));
        String clientId = ConfigProvider.getConfig().getValue("posthog.oauth.client-id", String.class);

        String form = "grant_type=refresh_token&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://eu.posthog.com/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                System.out.println("[oauth] refresh failed (" + response.statusCode() + ") for refresh token " + refreshToken);
                return;
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject json = reader.readObject();
                accessToken = json.getString("access_token");
            }
            refreshCount++;
            System.out.println("[oauth] token refreshed, refreshCount=" + refreshCount);
        } catch (IOException e) {
            System.err.println("[oauth] refresh error: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String accessToken() {
        return accessToken;
    }
}
