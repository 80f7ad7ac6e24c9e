package io.northwind.cohorts.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.northwind.cohorts.config.PostHogSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the project's feature-flag definitions (and the cohorts they target) from PostHog. */
public final class FlagDefinitionsClient {

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionsClient.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagDefinition(long id, String key, boolean active, List<Long> cohortIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagPage(int count, List<FlagDefinition> results) {
    }

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final PostHogSettings settings;

    public FlagDefinitionsClient(HttpClient http, ObjectMapper mapper, PostHogSettings settings) {
        this.http = http;
        this.mapper = mapper;
        this.settings = settings;
    }

    public CompletionStage<List<FlagDefinition>> fetchCohortFlags() {
        URI uri = URI.create(settings.host() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?active=true&limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + settings.personalApiKey())
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        log.debug("GET {} for project {}", uri, settings.projectId());
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        throw new PostHogSyncException(response.statusCode(), "PostHog refused key " + settings.personalApiKey() + " (HTTP " + response.statusCode() + ")");
                    }
                    return parse(response.body());
                });
    }

    private List<FlagDefinition> parse(String body) {
        try {
            return mapper.readValue(body, FlagPage.class).results();
        } catch (JsonProcessingException e) {
            throw new PostHogSyncException("unreadable feature_flags page", e);
        }
    }
}
