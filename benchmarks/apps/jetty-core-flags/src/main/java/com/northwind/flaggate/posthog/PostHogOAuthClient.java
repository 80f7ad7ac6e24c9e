package com.northwind.flaggate.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flaggate.config.AppSettings;
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
import com.northwind.flaggate.model.PostHogCredentials;

/**
 * Exchanges the admin console's OAuth authorization code for PostHog tokens.
 */
public final class PostHogOAuthClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogOAuthClient.class);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper;
    private final AppSettings settings;

    public PostHogOAuthClient(AppSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    public PostHogCredentials exchangeCode(String code, String redirectUri)
            throws IOException, InterruptedException {
        String form = "grant_type=authorization_code"
                + "&client_id=" + enc(settings.getOauthClientId())
                + "&code=" + enc(code)
                + "&redirect_uri=" + enc(redirectUri);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getOauthTokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode node = mapper.readTree(response.body());
        LOG.debug("Token endpoint answered {}, refresh token {}", response.statusCode(),
                node.get("refresh_token").asText());
        int tokenRefreshSkewSeconds = settings.getTokenRefreshSkewSeconds();
        LOG.debug("Tokens will be refreshed {}s before expiry", tokenRefreshSkewSeconds);
        return new PostHogCredentials(
                node.get("access_token").asText(),
                node.get("refresh_token").asText(),
                Instant.now().plusSeconds(node.get("expires_in").asLong()),
                node.path("scope").asText(""));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
