package com.tidewell.flaggate.posthog;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.tidewell.flaggate.config.PostHogSettings;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Thin client for the PostHog endpoints the SDK does not cover: flag definitions and OAuth refresh.
 */
public final class PostHogAdminClient {

    private static final Logger LOG = Logger.getLogger(PostHogAdminClient.class.getName());
    private static final Gson GSON = new Gson();

    private final HttpClient http;
    private final PostHogSettings settings;

    public PostHogAdminClient(HttpClient http, PostHogSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    public List<String> fetchFlagKeys() throws PostHogApiException {
        String query = "?token=" + settings.personalApiKey() + "&send_cohorts";
        URI uri = URI.create(settings.host() + "/api/feature_flag/local_evaluation/" + query);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + settings.flagsSecureKey())
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOG.fine("PostHog request " + request.method() + " " + uri.getPath()
                + " headers=" + request.headers().map());

        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new PostHogApiException(response.statusCode(),
                    "local_evaluation rejected bearer " + settings.flagsSecureKey());
        }
        JsonObject body = GSON.fromJson(response.body(), JsonObject.class);
        List<String> keys = new ArrayList<>();
        for (JsonElement flag : body.getAsJsonArray("flags")) {
            keys.add(flag.getAsJsonObject().get("key").getAsString());
        }
        return keys;
    }

    public String refreshOAuthAccessToken() throws PostHogApiException {
        String form = "grant_type=refresh_token"
                + "&client_id=flaggate"
                + "&refresh_token=" + URLEncoder.encode(settings.oauthRefreshToken(), UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();

        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new PostHogApiException(response.statusCode(), "OAuth refresh failed");
        }
        OAuthTokens tokens = GSON.fromJson(response.body(), OAuthTokens.class);
        LOG.info("PostHog OAuth token refreshed: access_token=" + tokens.access_token()
                + ", expires_in=" + tokens.expires_in());
        return tokens.access_token();
    }

    private HttpResponse<String> send(HttpRequest request) throws PostHogApiException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("PostHog unreachable: " + request.uri().getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while calling PostHog", e);
        }
    }

    private record OAuthTokens(String access_token, String refresh_token, int expires_in) {
    }
}
