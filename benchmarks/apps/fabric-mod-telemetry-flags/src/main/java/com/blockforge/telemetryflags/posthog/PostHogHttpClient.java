package com.blockforge.telemetryflags.posthog;

import com.blockforge.telemetryflags.config.ModConfig;
import com.blockforge.telemetryflags.config.PostHogDefaults;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Thin java.net.http wrapper for the two PostHog endpoints the server side needs besides the SDK:
 * event capture and the raw local-evaluation payload (used by {@code /tflags definitions}).
 */
public class PostHogHttpClient {

    private static final Logger LOGGER = LoggerFactory.getLogger("telemetryflags/http");
    private static final Gson GSON = new Gson();

    private final HttpClient http;
    private final ModConfig config;

    public PostHogHttpClient(ModConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public CompletableFuture<Void> capture(String distinctId, String event, Map<String, Object> properties) {
        JsonObject body = new JsonObject();
        body.addProperty("api_key", config.secureFlagsKey);
        body.addProperty("event", event);
        body.addProperty("distinct_id", distinctId);
        body.add("properties", GSON.toJsonTree(properties));

        HttpRequest request = HttpRequest.newBuilder(URI.create(config.host + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(body)))
                .build();

        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenAccept(response -> {
                    if (response.statusCode() >= 400) {
                        LOGGER.warn("capture of {} rejected with HTTP {}", event, response.statusCode());
                    }
                });
    }

    public JsonObject fetchLocalEvaluation() {
        String authorization = "Bearer " + config.secureFlagsKey;
        URI uri = URI.create(config.host + "/api/feature_flag/local_evaluation/?token="
                + URLEncoder.encode(config.projectApiKey, StandardCharsets.UTF_8) + "&send_cohorts");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(PostHogDefaults.AUTH_HEADER, authorization)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(15))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PostHogApiException("local_evaluation returned HTTP " + response.statusCode()
                        + " (sent " + PostHogDefaults.AUTH_HEADER + ": " + authorization + ")", response.statusCode());
            }
            return JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (IOException e) {
            throw new PostHogApiException("local_evaluation request to " + config.host + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("interrupted while fetching flag definitions", e);
        }
    }
}
