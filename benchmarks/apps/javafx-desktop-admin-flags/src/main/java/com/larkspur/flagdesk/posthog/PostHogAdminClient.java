package com.larkspur.flagdesk.posthog;

import static com.larkspur.flagdesk.config.PostHogDefaults.AUTHORIZATION_HEADER;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.larkspur.flagdesk.config.AdminSettings;
import com.larkspur.flagdesk.config.PostHogDefaults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin java.net.http client for PostHog's private REST API (feature flags endpoints).
 */
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final HttpClient http;
    private final ApiCredentials credentials;
    private final URI apiBase;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    public PostHogAdminClient(AdminSettings settings) {
        this(buildHttpClient(settings), ApiCredentials.from(settings), settings.apiBase());
    }

    PostHogAdminClient(HttpClient http, ApiCredentials credentials, URI apiBase) {
        this.http = http;
        this.credentials = credentials;
        this.apiBase = apiBase;
    }

    public ApiCredentials credentials() {
        return credentials;
    }

    public List<FeatureFlag> listFlags() {
        URI uri = apiBase.resolve("projects/" + credentials.projectId() + "/feature_flags/?limit=200");
        HttpResponse<String> response = send(authorized(uri).GET().build());
        return readResults(response.body());
    }

    public FeatureFlag setActive(int flagId, boolean active) {
        URI uri = apiBase.resolve("projects/" + credentials.projectId() + "/feature_flags/" + flagId + "/");
        String body = write(Map.of("active", active));
        HttpResponse<String> response = send(authorized(uri)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build());
        return read(response.body(), FeatureFlag.class);
    }

    /** Records an audit event in PostHog so flag changes show up next to product analytics. */
    public void captureAuditEvent(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("api_key", credentials.personalApiKey());
        payload.put("event", event);
        payload.put("distinct_id", distinctId);
        payload.put("timestamp", Instant.now().toString());
        payload.put("properties", properties);
        URI uri = URI.create(PostHogDefaults.US_INGEST_HOST + "/i/v0/e/");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(payload)))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenAccept(r -> log.debug("Audit event {} -> HTTP {}", event, r.statusCode()));
    }

    private HttpRequest.Builder authorized(URI uri) {
        log.debug("Sending {} header to {}", AUTHORIZATION_HEADER, uri.getHost());
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header(AUTHORIZATION_HEADER, "Bearer " + credentials.personalApiKey())
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        log.trace("{} {} headers={}", request.method(), request.uri(), request.headers().map());
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PostHogApiException("Could not reach " + request.uri().getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogApiException("Interrupted while calling PostHog", e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new PostHogApiException(status, "PostHog rejected personal API key "
                    + credentials.personalApiKey() + " for " + request.uri().getPath());
        }
        if (status >= 300) {
            throw new PostHogApiException(status, "HTTP " + status + " from " + request.uri().getPath());
        }
        return response;
    }

    private List<FeatureFlag> readResults(String json) {
        try {
            Map<String, Object> page = mapper.readValue(json, new TypeReference<>() { });
            return mapper.convertValue(page.get("results"), new TypeReference<List<FeatureFlag>>() { });
        } catch (IOException e) {
            throw new PostHogApiException("Unexpected flag list payload", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new PostHogApiException("Unexpected payload for " + type.getSimpleName(), e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient buildHttpClient(AdminSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (settings.hasProxy()) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(settings.proxyHost(), settings.proxyPort())));
        }
        return builder.build();
    }
}
