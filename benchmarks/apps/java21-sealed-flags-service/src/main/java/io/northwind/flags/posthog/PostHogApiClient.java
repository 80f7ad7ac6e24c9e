package io.northwind.flags.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.northwind.flags.config.ServiceConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thin java.net.http client for the parts of the PostHog API the SDK does not cover. */
public final class PostHogApiClient {

    /** Which credential a call authenticates with; only used for diagnostics. */
    public enum ApiKeyKind { PROJECT, PERSONAL, FLAGS_SECURE }

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final ServiceConfig cfg;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public PostHogApiClient(ServiceConfig cfg, ObjectMapper mapper) {
        this.cfg = cfg;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Lists feature flag definitions through the private API (personal key, Bearer auth). */
    public JsonNode listFlags() {
        URI uri = URI.create(privateApiBase() + "/api/projects/" + cfg.projectId() + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + cfg.personalApiKey())
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        log.debug("PostHog request {} {} headers={}", request.method(), request.uri(), request.headers().map());
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 400) {
            throw new UpstreamException(response.statusCode(),
                    "PostHog rejected " + uri + " (personal key " + cfg.personalApiKey() + "): " + response.body());
        }
        return readTree(response.body());
    }

    /** Remote evaluation through /flags for callers that cannot use local evaluation. */
    public JsonNode evaluateRemotely(String distinctId, Map<String, Object> personProperties) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("api_key", cfg.personalApiKey());
        payload.put("distinct_id", distinctId);
        payload.set("person_properties", mapper.valueToTree(personProperties));
        HttpRequest request = HttpRequest.newBuilder(URI.create(cfg.posthogHost() + "/flags/?v=2"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString()))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 400) {
            throw new UpstreamException(response.statusCode(), "/flags returned " + response.statusCode());
        }
        return readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UpstreamException("I/O error calling " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException("interrupted calling " + request.uri(), e);
        }
    }

    private JsonNode readTree(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UpstreamException("unparseable PostHog response", e);
        }
    }

    /** https://eu.i.posthog.com (ingestion) -> https://eu.posthog.com (private API). */
    private String privateApiBase() {
        return cfg.posthogHost().replace(".i.posthog.com", ".posthog.com");
    }
}
