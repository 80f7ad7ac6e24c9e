package com.northwind.shop.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Thin HTTP client for the PostHog endpoints the SDK does not cover (remote evaluation for
 * anonymous visitors and the flag list of the admin page).
 */
@Component
public class FeatureFlagClient {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagClient.class);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<Map<String, Object>>() {
            };

    public enum KeyKind { PROJECT, PERSONAL, FEATURE_FLAGS_SECURE }

    public record ClientDiagnostics(String host, String projectApiKey, String secureApiKey,
                                    KeyKind localEvaluationKey, Instant checkedAt) {
    }

    private final PostHogProperties properties;
    private final RestClient ingestion;
    private final RestClient privateApi;

    public FeatureFlagClient(RestClient.Builder builder, PostHogProperties properties) {
        this.properties = properties;
        this.ingestion = builder.clone().baseUrl(properties.getHost()).build();
        this.privateApi = builder.clone().baseUrl(properties.getApiHost()).build();
    }

    public Map<String, Object> evaluateFlags(String distinctId) {
        String secureKey = properties.getFeatureFlagsSecureApiKey();
        log.atDebug().addKeyValue("distinctId", distinctId).addKeyValue("secureKey", secureKey).log("Evaluating flags remotely");
        return ingestion.post()
                .uri(AnalyticsConstants.FLAGS_PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("api_key", secureKey, "distinct_id", distinctId))
                .retrieve()
                .body(JSON_OBJECT);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listFeatureFlags() {
        if (!StringUtils.hasText(properties.getPersonalApiKey())) {
            log.warn("{} is not configured; the admin page will show no flags", AnalyticsConstants.PERSONAL_API_KEY_PROPERTY);
            return List.of();
        }
        Map<String, Object> page = privateApi.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", properties.getProjectId())
                .headers(headers -> headers.setBearerAuth(properties.getPersonalApiKey()))
                .retrieve()
                .body(JSON_OBJECT);
        return page == null ? List.of() : (List<Map<String, Object>>) page.getOrDefault("results", List.of());
    }

    public ClientDiagnostics diagnostics() {
        return new ClientDiagnostics(properties.getHost(), properties.getProjectApiKey(),
                properties.getFeatureFlagsSecureApiKey(), KeyKind.FEATURE_FLAGS_SECURE, Instant.now());
    }
}
