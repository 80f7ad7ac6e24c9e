package com.northwind.flags.posthog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.northwind.flags.config.PostHogDefaults;
import com.northwind.flags.config.PostHogSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Thin client over PostHog's HTTP API: public capture/flags endpoints and the private REST API.
 */
@ApplicationScoped
public class PostHogHttpClient {

    private static final Logger LOG = Logger.getLogger(PostHogHttpClient.class);

    private final PostHogSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    PostHogHttpClient(PostHogSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    /** Sends a server-side event to the public capture endpoint. */
    public Uni<Void> capture(String distinctId, String event, Map<String, Object> properties) {
        ObjectNode body = mapper.createObjectNode();
        body.put("api_key", settings.projectApiKey());
        body.put("event", event);
        body.put("distinct_id", distinctId);
        body.set("properties", mapper.valueToTree(properties));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + PostHogDefaults.CAPTURE_PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return send(request).replaceWithVoid();
    }

    /** Remote flag evaluation, used until the SDK's local evaluation has loaded definitions. */
    public Uni<JsonNode> evaluateFlags(String distinctId, Map<String, Object> personProperties) {
        ObjectNode body = mapper.createObjectNode();
        body.put("api_key", settings.flagsSecureKey());
        body.put("distinct_id", distinctId);
        body.set("person_properties", mapper.valueToTree(personProperties));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + PostHogDefaults.FLAGS_PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return send(request).map(this::readTree);
    }

    /** Lists the project's feature flags through the private API. */
    public Uni<JsonNode> listFeatureFlags() {
        String bearer = "Bearer " + settings.personalApiKey();
        URI uri = URI.create(settings.appHost() + String.format(PostHogDefaults.FEATURE_FLAGS_API, settings.projectId()));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", bearer)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOG.debugf("GET %s (Authorization: %s)", uri, bearer);
        return send(request).map(this::readTree);
    }

    /** Patches one feature flag (rollout, filters, active) through the private API. */
    public Uni<JsonNode> patchFlag(long flagId, Map<String, Object> patch) {
        String personalKey = settings.personalApiKey();
        URI uri = URI.create(settings.appHost()
                + String.format(PostHogDefaults.FEATURE_FLAGS_API, settings.projectId()) + flagId + "/");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + personalKey)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(mapper.valueToTree(patch).toString()))
                .build();
        return Uni.createFrom()
                .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .map(response -> {
                    if (response.statusCode() == 401 || response.statusCode() == 403) {
                        throw new PostHogApiException("PostHog rejected personal API key " + personalKey
                                + " while patching flag " + flagId, response.statusCode());
                    }
                    if (response.statusCode() >= 400) {
                        throw new PostHogApiException("PATCH flag " + flagId + " failed: " + response.body(),
                                response.statusCode());
                    }
                    return readTree(response);
                });
    }

    private Uni<HttpResponse<String>> send(HttpRequest request) {
        return Uni.createFrom()
                .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .onFailure().transform(e -> new PostHogApiException("PostHog unreachable: " + request.uri(), e))
                .map(response -> {
                    if (response.statusCode() >= 400) {
                        throw new PostHogApiException(request.method() + " " + request.uri()
                                + " returned " + response.statusCode(), response.statusCode());
                    }
                    return response;
                });
    }

    private JsonNode readTree(HttpResponse<String> response) {
        try {
            return mapper.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new PostHogApiException("Unparseable PostHog response", e);
        }
    }
}
