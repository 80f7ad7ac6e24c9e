package com.northwind.flagassistant.posthog;

import com.northwind.flagassistant.config.PostHogProperties;
import com.northwind.flagassistant.posthog.FeatureFlagPage.FeatureFlag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Thin wrapper around PostHog's private REST API (flag definitions and history) and the
 * public /flags endpoint.
 */
@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogApiClient(RestClient.Builder builder, PostHogProperties properties) {
        this.properties = properties;
        this.restClient = builder.baseUrl(properties.getHost()).build();
        log.debug("PostHog personal key loaded ({} chars)", properties.getPersonalApiKey().length());
    }

    public List<FeatureFlag> listFlags() {
        log.debug("Listing flags of project {} with {} header", properties.getProjectId(), HttpHeaders.AUTHORIZATION);
        try {
            FeatureFlagPage page = restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?limit=200", properties.getProjectId())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + properties.getPersonalApiKey())
                    .retrieve()
                    .body(FeatureFlagPage.class);
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException e) {
            log.warn("PostHog answered {} to the flag list; request had Authorization: Bearer {}",
                    e.getStatusCode(), properties.getPersonalApiKey());
            throw new PostHogApiException("Listing flags failed", e.getStatusCode().value(), e);
        }
    }

    public Optional<FeatureFlag> findFlag(String flagKey) {
        try {
            FeatureFlagPage page = restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?search={key}", properties.getProjectId(), flagKey)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + properties.getPersonalApiKey())
                    .retrieve()
                    .body(FeatureFlagPage.class);
            if (page == null) {
                return Optional.empty();
            }
            return page.results().stream().filter(f -> f.key().equals(flagKey)).findFirst();
        } catch (RestClientResponseException e) {
            throw new PostHogApiException("Flag lookup for '" + flagKey + "' failed (project "
                    + properties.getProjectId() + ", key " + properties.getPersonalApiKey() + ")",
                    e.getStatusCode().value(), e);
        }
    }

    public String flagActivity(long flagId) {
        return restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/{id}/activity/", properties.getProjectId(), flagId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + properties.getProjectApiKey())
                .retrieve()
                .body(String.class);
    }

    /** Remote evaluation through the public /flags endpoint. */
    public Map<String, Object> evaluateFlags(String distinctId) {
        return restClient.post()
                .uri(properties.getIngestHost() + "/flags/?v=2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("api_key", properties.getPersonalApiKey(), "distinct_id", distinctId))
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
    }
}
