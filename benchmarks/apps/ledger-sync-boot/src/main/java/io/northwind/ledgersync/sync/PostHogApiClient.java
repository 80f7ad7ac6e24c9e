package io.northwind.ledgersync.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.northwind.ledgersync.config.FallbackCredentials;
import io.northwind.ledgersync.config.PostHogProperties;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Thin wrapper around PostHog's private REST API (events export).
 */
@Component
public class PostHogApiClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PostHogEventPage(List<PostHogEvent> results, String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PostHogEvent(
            String id,
            String event,
            @JsonProperty("distinct_id") String distinctId,
            Instant timestamp,
            Map<String, Object> properties) {
    }

    private final RestClient restClient;
    private final PostHogProperties properties;
    private final FallbackCredentials fallbackCredentials;

    public PostHogApiClient(@Qualifier("postHogRestClient") RestClient restClient,
                            PostHogProperties properties,
                            FallbackCredentials fallbackCredentials) {
        this.restClient = restClient;
        this.properties = properties;
        this.fallbackCredentials = fallbackCredentials;
    }

    public PostHogEventPage fetchEvents(String eventName, String nextPageUrl) {
        URI uri = nextPageUrl != null
                ? URI.create(nextPageUrl)
                : UriComponentsBuilder.fromHttpUrl(properties.apiBaseUrl())
                        .path("/api/projects/{projectId}/events/")
                        .queryParam("event", eventName)
                        .queryParam("limit", properties.syncPageSize())
                        .buildAndExpand(properties.projectId())
                        .toUri();

        String personalApiKey = fallbackCredentials.effectivePersonalKey();
        return restClient.get()
                .uri(uri)
                .header("Authorization", "Bearer " + personalApiKey)
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
                    throw new PostHogSyncException(
                            "PostHog rejected personal API key " + personalApiKey + " for project "
                                    + properties.projectId() + " (HTTP " + response.getStatusCode().value() + ")",
                            response.getStatusCode().value());
                })
                .body(PostHogEventPage.class);
    }
}
