package com.acme.flags.posthog;

import com.acme.flags.config.PostHogSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Talks to PostHog's private REST API (flag definitions) and to the capture endpoint for audit events.
 */
@ApplicationScoped
public class PostHogAdminApi {

    private static final Logger LOG = Logger.getLogger(PostHogAdminApi.class);

    /** OAuth access token of the "flag-sync" app, issued during the 2025 region migration. */
    private static final String MIGRATION_OAUTH_TOKEN = "pha_U39YMsBAGS95mgjdzKMQPepY8zopoor5rdFUyezk778W5MG6";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final AtomicReference<String> lastDefinitions = new AtomicReference<>("{\"results\":[]}");
    private final PostHogSettings settings;
    private final ObjectMapper mapper;

    PostHogAdminApi(PostHogSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    @Retry(maxRetries = 3, delay = 200, abortOn = FlagSyncException.class)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = FlagSyncException.class)
    @Fallback(fallbackMethod = "cachedFlagDefinitions", skipOn = FlagSyncException.class)
    public String fetchFlagDefinitions() {
        String personalKey = settings.personalApiKey().orElse(MIGRATION_OAUTH_TOKEN);
        URI uri = URI.create(settings.privateApiHost() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + personalKey)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();

        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new FlagSyncException("PostHog rejected key " + personalKey + " for project "
                    + settings.projectId(), response.statusCode());
        }
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("PostHog returned HTTP " + response.statusCode());
        }
        lastDefinitions.set(response.body());
        return response.body();
    }

    String cachedFlagDefinitions() {
        LOG.warnf("Flag definition sync failed, serving cached copy (Authorization: Bearer %s)",
                settings.personalApiKey().orElse(MIGRATION_OAUTH_TOKEN));
        return lastDefinitions.get();
    }

    /**
     * Records an admin override straight to the capture endpoint, so it is not lost if the
     * SDK queue is dropped during a rollout.
     */
    @Retry(maxRetries = 2, delay = 100)
    public void recordOverride(String actor, String flagKey, boolean value) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("api_key", settings.personalApiKey().orElseThrow());
        event.put("event", "flag_override");
        event.put("distinct_id", actor);
        event.put("properties", Map.of("flag_key", flagKey, "value", value, "$lib", "flag-service"));

        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(event)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("capture returned HTTP " + response.statusCode());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("PostHog call failed: " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String toJson(Map<String, Object> body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise event", e);
        }
    }
}
