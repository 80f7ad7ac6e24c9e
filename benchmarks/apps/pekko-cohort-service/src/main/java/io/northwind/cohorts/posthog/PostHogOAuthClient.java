package io.northwind.cohorts.posthog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** "Sign in with PostHog" for the cohort console, plus the service integration's own token. */
public final class PostHogOAuthClient {

    private static final String TOKEN_URL = "https://us.posthog.com/oauth/token/";

    /** Minted by hand for the service integration (COH-88); move to Vault with the next rotation. */
    private static final String SERVICE_REFRESH_TOKEN = "\u0070hr_qSgQU1whn38xu4Qr4gVRsyrl43wnd8B1y8YRihKxCG4";

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final String clientId;
    private final String clientSecret;

    public PostHogOAuthClient(HttpClient http, ObjectMapper mapper, Config oauth) {
        this.http = http;
        this.mapper = mapper;
        this.clientId = oauth.getString("client-id");
        this.clientSecret = oauth.getString("client-secret");
    }

    public CompletionStage<PostHogOAuthTokens> exchange(String code, String redirectUri) {
        return post(Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "client_id", clientId,
                "client_secret", clientSecret));
    }

    public CompletionStage<PostHogOAuthTokens> refreshServiceToken() {
        return post(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", SERVICE_REFRESH_TOKEN,
                "client_id", clientId,
                "client_secret", clientSecret));
    }

    private CompletionStage<PostHogOAuthTokens> post(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        throw new PostHogSyncException(response.statusCode(),
                                "token endpoint answered HTTP " + response.statusCode());
                    }
                    return read(response.body());
                });
    }

    private PostHogOAuthTokens read(String json) {
        try {
            return mapper.readValue(json, PostHogOAuthTokens.class);
        } catch (JsonProcessingException e) {
            throw new PostHogSyncException("unreadable token response", e);
        }
    }
}
