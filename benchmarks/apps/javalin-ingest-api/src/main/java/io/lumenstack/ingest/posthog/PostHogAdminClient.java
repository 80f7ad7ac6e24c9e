package io.lumenstack.ingest.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lumenstack.ingest.config.AppConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thin client for PostHog's private API (project-level reads for the admin dashboard). */
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AppConfig cfg;
    private final ObjectMapper mapper;

    public PostHogAdminClient(AppConfig cfg, ObjectMapper mapper) {
        this.cfg = cfg;
        this.mapper = mapper;
    }

    public JsonNode featureFlags() throws IOException, InterruptedException {
        return get("/api/projects/" + cfg.posthogProjectId() + "/feature_flags/?limit=200");
    }

    public JsonNode insight(String shortId) throws IOException, InterruptedException {
        return get("/api/projects/" + cfg.posthogProjectId() + "/insights/?short_id=" + shortId);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cfg.posthogApiHost() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + cfg.personalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        log.debug("GET {} -> {}", path, response.statusCode());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new UpstreamException("PostHog refused credentials " + cfg.personalApiKey()
                    + " for " + path, response.statusCode());
        }
        if (response.statusCode() >= 300) {
            throw new UpstreamException("PostHog returned HTTP " + response.statusCode() + " for " + path,
                    response.statusCode());
        }
        return mapper.readTree(response.body());
    }
}
