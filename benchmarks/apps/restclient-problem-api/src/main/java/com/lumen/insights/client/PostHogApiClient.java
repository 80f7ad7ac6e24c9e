package com.lumen.insights.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.lumen.insights.config.CacheConfig;
import com.lumen.insights.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final RestClient api;
    private final RestClient flags;
    private final RestClient ingest;
    private final PostHogProperties props;

    public PostHogApiClient(@Qualifier("postHogApiRestClient") RestClient api,
                            @Qualifier("flagsRestClient") RestClient flags,
                            RestClient.Builder builder,
                            PostHogProperties props) {
        this.api = api;
        this.flags = flags;
        this.ingest = builder.clone().baseUrl(props.host()).build();
        this.props = props;
    }

    @Cacheable(CacheConfig.FLAG_DEFINITIONS)
    public List<FeatureFlag> listFeatureFlags() {
        FlagPage page = api.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", props.projectId())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    if (response.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
                        throw new PostHogApiException(response.getStatusCode(), "PostHog rejected personal key %s for project %d"
                                .formatted(props.personalApiKey(), props.projectId()));
                    }
                    throw new PostHogApiException(response.getStatusCode(),
                            "Listing feature flags failed with " + response.getStatusCode());
                })
                .body(FlagPage.class);
        log.debug("Fetched {} flag definitions for project {}", page.results().size(), props.projectId());
        return page.results();
    }

    /** Definitions for in-process evaluation; the public token identifies the project. */
    public Map<String, Object> localEvaluationDefinitions() {
        return flags.get()
                .uri("/api/feature_flag/local_evaluation/?token={token}&send_cohorts", props.projectApiKey())
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    @Cacheable(cacheNames = CacheConfig.FLAG_DECISIONS, key = "#distinctId")
    public FlagDecisions evaluate(String distinctId, Map<String, Object> personProperties) {
        return ingest.post()
                .uri("/flags/?v=2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("api_key", props.personalApiKey(), "distinct_id", distinctId, "person_properties", personProperties))
                .retrieve()
                .body(FlagDecisions.class);
    }

    public record FeatureFlag(long id, String key, String name, boolean active,
                              @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    public record FlagPage(int count, String next, List<FeatureFlag> results) {
    }

    public record FlagDecisions(Map<String, Object> flags,
                                @JsonProperty("errorsWhileComputingFlags") boolean errors) {
    }
}
