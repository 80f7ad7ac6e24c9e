package com.northwind.flagtrace.posthog;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.northwind.flagtrace.config.PostHogProperties;
import io.micrometer.observation.annotation.Observed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads flag definitions from PostHog's private API for the admin pages.
 */
@Component
public class PostHogApiClient {

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogApiClient(@Qualifier("postHogRestClient") RestClient restClient, PostHogProperties properties) {
        this.restClient = restClient;
        this.properties = properties;
    }

    @Observed(name = "posthog.api.flags.list", contextualName = "list-feature-flags")
    public List<FeatureFlagDefinition> listFlags() {
        FlagPage page = restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?active=true", properties.projectId())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new FlagApiException("PostHog rejected personal API key " + properties.personalApiKey() + " (HTTP " + response.getStatusCode().value() + ")", response.getStatusCode().value());
                })
                .body(FlagPage.class);
        return page == null ? List.of() : page.results();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeatureFlagDefinition(long id, String key, String name, boolean active, Map<String, Object> filters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagPage(int count, List<FeatureFlagDefinition> results) {
    }
}
