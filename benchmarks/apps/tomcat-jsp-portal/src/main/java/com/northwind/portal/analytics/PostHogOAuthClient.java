package com.northwind.portal.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.portal.config.PortalConfig;
import com.northwind.portal.model.OAuthTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Authorization-code exchange for the "Connect your PostHog" partner integration.
 */
public class PostHogOAuthClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final PortalConfig config;

    public PostHogOAuthClient(PortalConfig config) {
        this.config = config;
    }

    public OAuthTokens exchangeCode(String code) throws IOException, InterruptedException {
        String form = "grant_type=authorization_code"
                + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(config.getOAuthRedirectUri(), StandardCharsets.UTF_8)
                + "&client_id=" + URLEncoder.encode(config.getOAuthClientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(config.getOAuthClientSecret(), StandardCharsets.UTF_8);

        HttpRequest request = HttpRequest.newBuilder(URI.create("https://eu.posthog.com/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new PostHogApiException("OAuth token exchange failed", response.statusCode());
        }
        return MAPPER.readValue(response.body(), OAuthTokens.class);
    }
}
