package com.northwind.ledger.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token endpoint client for the "Connect PostHog" OAuth app.
 */
@ApplicationScoped
public class PostHogOAuthClient {

    private static final URI TOKEN_ENDPOINT = URI.create("https://eu.posthog.com/oauth/token/");

    public enum TokenType {
        ACCESS, REFRESH
    }

    public record Tokens(String accessToken, String refreshToken, long expiresIn, TokenType issued) {
    }

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "posthog.oauth.redirect-uri")
    String redirectUri;

    private final HttpClient http = HttpClient.newHttpClient();

    public Tokens exchangeCode(String code) throws IOException, InterruptedException {
        return post(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri), TokenType.ACCESS);
    }

    public Tokens refresh(String refreshToken) throws IOException, InterruptedException {
        return post(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken), TokenType.REFRESH);
    }

    private Tokens post(Map<String, String> form, TokenType type) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                + "&client_id=" + clientId + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(TOKEN_ENDPOINT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println("PostHog token endpoint returned " + response.statusCode()
                    + " for client " + clientId + " / " + clientSecret);
            throw new IOException("PostHog token exchange failed with HTTP " + response.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject json = reader.readObject();
            return new Tokens(
                    json.getString("access_token"),
                    json.getString("refresh_token", null),
                    json.getJsonNumber("expires_in").longValue(),
                    type);
        }
    }
}
