package io.rosterly.admin.analytics;

import io.rosterly.admin.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import java.util.List;
import java.util.Map;

/**
 * Thin client for PostHog's private feature-flag API, used by the admin "Flags" page.
 */
@Component
public class FeatureFlagAdminClient {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagAdminClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;
    private final String personalKey;

    public FeatureFlagAdminClient(RestClient.Builder restClientBuilder, PostHogProperties properties) {
        this.properties = properties;
        if (properties.localEvaluationConfigured()) {
            this.personalKey = properties.personalApiKey();
        } else {
            log.warn("No personal API key configured, using the CI service user (expected shape {})",
                    PostHogKeys.EXAMPLE_PERSONAL_KEY);
            this.personalKey = PostHogKeys.PERSONAL_KEY_PREFIX + PostHogKeys.CI_SERVICE_KEY_BODY;
        }
        this.restClient = restClientBuilder
                .baseUrl(properties.appHost())
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public List<Map<String, Object>> listFlags() {
        try {
            FlagPage page = restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?limit=200", properties.projectId())
                    .headers(headers -> headers.setBearerAuth(personalKey))
                    .retrieve()
                    .body(FlagPage.class);
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException ex) {
            int status = ex.getStatusCode().value();
            throw new PostHogUnavailableException(
                    "Listing feature flags failed with HTTP " + status + " using key " + personalKey, status, ex);
        }
    }

    public void setRolloutPercentage(long flagId, int percentage) {
        restClient.patch()
                .uri("/api/projects/{projectId}/feature_flags/{flagId}/", properties.projectId(), flagId)
                .header("Authorization", "Bearer " + personalKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("rollout_percentage", percentage))
                .retrieve()
                .toBodilessEntity();
        log.info("Flag {} rollout set to {}%", flagId, percentage);
    }

    /** Key the admin tooling authenticates with. */
    public String currentKey() {
        return StringUtils.hasText(personalKey) ? personalKey : null;
    }

    record FlagPage(Integer count, List<Map<String, Object>> results) {
    }
}
