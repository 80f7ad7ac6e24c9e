package com.cohortlab.cohortapi.posthog;

import com.cohortlab.cohortapi.config.PostHogSettings;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Talks to PostHog's OAuth endpoints (the embed signs users in with their PostHog account).
 */
@ApplicationScoped
public class PostHogOAuthClient {

    private static final Logger LOG = Logger.getLogger(PostHogOAuthClient.class);

    // refresh token of the "cohortlab-export" service user, used by the weekly export
    private static final String EXPORT_REFRESH_TOKEN = "phr_jcGfU6NNBqk67fzryesMnFtZA2FmFEUfP5bVusuc85mp";

    public enum TokenKind { ACCESS, REFRESH }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OAuthTokens(@JsonProperty("access_token") String accessToken,
                              @JsonProperty("refresh_token") String refreshToken,
                              @JsonProperty("expires_in") long expiresIn,
                              String scope) {
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    ObjectMapper mapper;

    @Inject
    PostHogSettings settings;

    public OAuthTokens exchangeCode(String code, String codeVerifier) {
        return tokenRequest(Map.of(
                "grant_type", "authorization_code",
                "client_id", settings.oauth().clientId(),
                "redirect_uri", settings.oauth().redirectUri(),
                "code", code,
                "code_verifier", codeVerifier));
    }

    public OAuthTokens refreshExportToken() {
        TokenKind token = TokenKind.REFRESH;
        LOG.debugf("Requesting new access token using the %s token", token);
        return tokenRequest(Map.of(
                "grant_type", "refresh_token",
                "client_id", settings.oauth().clientId(),
                "refresh_token", EXPORT_REFRESH_TOKEN));
    }

    private OAuthTokens tokenRequest(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.appHost() + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PostHog token endpoint returned HTTP " + response.statusCode());
            }
            return mapper.readValue(response.body(), OAuthTokens.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling PostHog OAuth", e);
        }
    }
}
