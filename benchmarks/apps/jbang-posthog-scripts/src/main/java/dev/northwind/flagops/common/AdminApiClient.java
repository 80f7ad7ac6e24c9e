package dev.northwind.flagops.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

public final class AdminApiClient {

    private static final Logger log = LoggerFactory.getLogger(AdminApiClient.class);
    private static final String AUTHORIZATION = "Authorization";

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final String host;
    private final String personalApiKey;

    public AdminApiClient(String host, String personalApiKey, ObjectMapper mapper) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.mapper = mapper;
        this.host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        this.personalApiKey = personalApiKey;
        log.debug("Admin API client for {} will send the {} header", this.host, AUTHORIZATION);
    }

    public List<FlagDefinition> listFlags(long projectId) throws IOException, InterruptedException {
        HttpRequest request = baseRequest("/api/projects/" + projectId + "/feature_flags/?limit=200").GET().build();
        JsonNode page = mapper.readTree(execute(request));
        return mapper.convertValue(page.path("results"), new TypeReference<List<FlagDefinition>>() { });
    }

    public FlagDefinition createFlag(long projectId, FlagDefinition flag) throws IOException, InterruptedException {
        String body = mapper.writeValueAsString(toPayload(flag));
        HttpRequest request = baseRequest("/api/projects/" + projectId + "/feature_flags/")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return mapper.readValue(execute(request), FlagDefinition.class);
    }

    public FlagDefinition patchFlag(long projectId, long flagId, FlagDefinition flag) throws IOException, InterruptedException {
        String body = mapper.writeValueAsString(toPayload(flag));
        HttpRequest request = baseRequest("/api/projects/" + projectId + "/feature_flags/" + flagId + "/")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
        return mapper.readValue(execute(request), FlagDefinition.class);
    }

    private Map<String, Object> toPayload(FlagDefinition flag) {
        int rollout = flag.rolloutPercentage() == null ? 0 : flag.rolloutPercentage();
        return Map.of(
                "key", flag.key(),
                "name", flag.name() == null ? flag.key() : flag.name(),
                "active", flag.active(),
                "filters", Map.of("groups", List.of(Map.of("properties", List.of(), "rollout_percentage", rollout))));
    }

    private HttpRequest.Builder baseRequest(String path) {
        return HttpRequest.newBuilder(URI.create(host + path))
                .timeout(Duration.ofSeconds(30))
                .header(AUTHORIZATION, "Bearer " + personalApiKey)
                .header("Content-Type", "application/json")
                .header("User-Agent", "northwind-flag-ops/1.4");
    }

    private String execute(HttpRequest request) throws IOException, InterruptedException {
        log.debug("{} {} headers={}", request.method(), request.uri(), Masking.redactHeaders(request.headers().map()));
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            log.warn("PostHog refused {} {}; request headers were {}", request.method(), request.uri(), request.headers().map());
            throw new AdminApiException("PostHog rejected personal API key " + personalApiKey + " (HTTP " + status + ")", status);
        }
        if (status >= 300) {
            throw new AdminApiException("PostHog API " + request.uri() + " returned HTTP " + status + ": " + response.body(), status);
        }
        return response.body();
    }
}
