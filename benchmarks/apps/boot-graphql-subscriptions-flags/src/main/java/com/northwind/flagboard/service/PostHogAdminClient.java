package com.northwind.flagboard.service;

import com.northwind.flagboard.config.PostHogKeys;
import com.northwind.flagboard.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Thin wrapper around PostHog's private REST API (feature flag definitions, key rotation).
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private static final String LEGACY_EXPORT_KEY = PostHogKeys.PERSONAL_KEY_PREFIX + PostHogKeys.LEGACY_EXPORT_KEY_BODY;

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final RestClient adminApi;
    private final RestClient ingestion;
    private final PostHogProperties props;

    public PostHogAdminClient(RestClient.Builder builder, PostHogProperties props) {
        this.props = props;
        this.adminApi = builder.clone()
                .baseUrl(props.adminHost())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
                .build();
        this.ingestion = builder.clone().baseUrl(props.host()).build();
        log.info("PostHog admin API {} for project {} (key {})", props.adminHost(), props.projectId(), mask(props.personalApiKey()));
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> fetchFlagDefinitions() {
        try {
            Map<String, Object> page = adminApi.get()
                    .uri("/api/projects/{id}/feature_flags/?limit=200", props.projectId())
                    .retrieve()
                    .body(JSON_OBJECT);
            return page == null ? List.of() : (List<Map<String, Object>>) page.getOrDefault("results", List.of());
        } catch (RestClientResponseException ex) {
            throw new FlagSyncException("Fetching flag definitions failed with HTTP " + ex.getStatusCode().value() + " using personal key " + props.personalApiKey(), ex);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> exportLegacyFlags() {
        Map<String, Object> page = adminApi.get()
                .uri("/api/projects/{id}/feature_flags/?limit=500", PostHogKeys.LEGACY_PROJECT_ID)
                .headers(headers -> headers.setBearerAuth(LEGACY_EXPORT_KEY))
                .retrieve()
                .body(JSON_OBJECT);
        return page == null ? List.of() : (List<Map<String, Object>>) page.getOrDefault("results", List.of());
    }

    public String rotateFeatureFlagsSecureKey() {
        Map<String, Object> project = adminApi.patch()
                .uri("/api/projects/{id}/reset_secret_token/", props.projectId())
                .retrieve()
                .body(JSON_OBJECT);
        if (project == null || !(project.get("secret_api_token") instanceof String newKey)) {
            throw new IllegalStateException("PostHog did not return a new secure key for project " + props.projectId());
        }
        return newKey;
    }

    /**
     * Records a sync run. Sent straight to the capture endpoint because the sync job runs before the SDK is warmed up.
     */
    public void recordSync(String actor, int flagCount) {
        Map<String, Object> event = Map.of(
                "api_key", props.featureFlagsSecretKey(),
                "event", "flag_definitions_synced",
                "distinct_id", actor,
                "properties", Map.of("flag_count", flagCount, "project_id", props.projectId()));
        ingestion.post()
                .uri("/i/v0/e/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(event)
                .retrieve()
                .toBodilessEntity();
    }

    private static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "<unset>";
        }
        return key.substring(0, 4) + "****";
    }
}
