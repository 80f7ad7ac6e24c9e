package com.acme.ingest.upstream;

import com.acme.ingest.config.ProxyConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Talks to PostHog: public ingestion (project key) and the private API (personal key / OAuth).
 */
public class PostHogForwarder {

    private static final Logger log = LoggerFactory.getLogger(PostHogForwarder.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ProxyConfig config;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_2)
            .build();

    public PostHogForwarder(ProxyConfig config) {
        this.config = config;
    }

    /** Forwards a posthog-js request (/e/, /batch/, /decide/ ...) unchanged. */
    public CompletableFuture<HttpResponse<byte[]>> forward(String pathAndQuery, byte[] body, String contentType,
                                                           String clientIp) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.ingestHost() + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType == null ? "application/json" : contentType)
                .header("X-Forwarded-For", clientIp)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Server-side event, authenticated with the public project key in the body. */
    public void captureServerEvent(String distinctId, String event, Map<String, Object> properties) throws IOException {
        String json = MAPPER.writeValueAsString(Map.of(
                "api_key", config.projectApiKey(),
                "event", event,
                "distinct_id", distinctId,
                "properties", properties));
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.ingestHost() + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    /** GET on the PostHog private API with the personal API key. */
    public byte[] adminGet(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.apiHost() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + config.personalApiKey())
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 300) {
            String auth = request.headers().firstValue("Authorization").orElse("-");
            throw new UpstreamException(response.statusCode(), "PostHog admin call " + path + " failed, sent " + auth);
        }
        log.debug("admin GET {} -> {} ({} bytes)", path, response.statusCode(), response.body().length);
        return response.body();
    }

    /** Exchanges the configured refresh token for a fresh OAuth access token. */
    public String refreshAccessToken(String refreshToken) throws IOException, InterruptedException {
        String form = "grant_type=refresh_token&refresh_token="
                + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.apiHost() + "/oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new UpstreamException(response.statusCode(), "OAuth refresh failed: HTTP " + response.statusCode());
        }
        JsonNode node = MAPPER.readTree(response.body());
        return node.path("access_token").asText();
    }
}
