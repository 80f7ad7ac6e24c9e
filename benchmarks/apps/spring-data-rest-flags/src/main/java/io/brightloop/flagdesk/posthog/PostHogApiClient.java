package io.brightloop.flagdesk.posthog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.brightloop.flagdesk.config.PostHogProperties;
import io.brightloop.flagdesk.domain.FeatureFlagDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private static final String FLAGS_PATH = "/api/projects/{projectId}/feature_flags/";
    private static final String FLAG_PATH = "/api/projects/{projectId}/feature_flags/{id}/";

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogApiClient(RestClient.Builder builder, PostHogProperties properties) {
        this.properties = properties;
        this.restClient = builder
                .baseUrl(properties.apiHost())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public long createFlag(FeatureFlagDefinition flag) {
        try {
            Map<String, Object> created = restClient.post()
                    .uri(FLAGS_PATH, properties.projectId())
                    .headers(this::authenticate)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(toPayload(flag))
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
            return ((Number) created.get("id")).longValue();
        } catch (RestClientResponseException e) {
            throw new PostHogSyncException(e.getStatusCode().value(),
                    "PostHog rejected flag " + flag.getFlagKey() + " for project " + properties.projectId()
                            + " (key " + properties.personalApiKey() + "): " + e.getResponseBodyAsString(), e);
        }
    }

    public void updateFlag(FeatureFlagDefinition flag) {
        try {
            restClient.patch()
                    .uri(FLAG_PATH, properties.projectId(), flag.getPosthogFlagId())
                    .headers(this::authenticate)
                    .headers(headers -> log.debug("PATCH flag {} with headers {}", flag.getFlagKey(), headers))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(toPayload(flag))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            throw new PostHogSyncException(e.getStatusCode().value(),
                    "PostHog rejected update of flag " + flag.getFlagKey(), e);
        }
    }

    public void archiveFlag(long posthogFlagId) {
        restClient.patch()
                .uri(FLAG_PATH, properties.projectId(), posthogFlagId)
                .headers(this::authenticate)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("deleted", true))
                .retrieve()
                .toBodilessEntity();
        log.info("Archived PostHog flag {} using header {}", posthogFlagId, HttpHeaders.AUTHORIZATION);
    }

    public List<Map<String, Object>> listFlags() {
        Map<String, Object> page = restClient.get()
                .uri(FLAGS_PATH + "?limit=200", properties.projectId())
                .headers(this::authenticate)
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.getOrDefault("results", List.of());
        return results;
    }

    private void authenticate(HttpHeaders headers) {
        headers.setBearerAuth(properties.personalApiKey());
    }

    private static Map<String, Object> toPayload(FeatureFlagDefinition flag) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("properties", List.of());
        group.put("rollout_percentage", flag.getRolloutPercentage());

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("key", flag.getFlagKey());
        payload.put("name", flag.getName());
        payload.put("active", flag.isActive());
        payload.put("filters", Map.of("groups", List.of(group)));
        return payload;
    }
}
