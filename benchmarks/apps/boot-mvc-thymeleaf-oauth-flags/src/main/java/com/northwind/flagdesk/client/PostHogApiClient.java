package com.northwind.flagdesk.client;

import com.northwind.flagdesk.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

@Component
public class PostHogApiClient {

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;

    public PostHogApiClient(@Qualifier("postHogRestTemplate") RestTemplate restTemplate,
                            PostHogProperties properties) {
        this.restTemplate = restTemplate;
        this.properties = properties;
    }

    /**
     * Reads flag definitions from the private API; the bearer header is added by PostHogAuthInterceptor.
     */
    public List<FlagDefinition> listFeatureFlags() {
        String url = properties.getPrivateApiHost() + "/api/projects/{projectId}/feature_flags/?limit=200";
        try {
            FlagPage page = restTemplate.getForObject(url, FlagPage.class, properties.getProjectId());
            return page == null || page.results() == null ? List.of() : page.results();
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
            throw new FlagSyncException("PostHog rejected personal API key " + properties.getPersonalApiKey()
                    + " for project " + properties.getProjectId(), e);
        }
    }

    /**
     * Evaluates all flags for one user through the /flags endpoint (used by the preview widget).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> evaluateFlags(String distinctId) {
        String url = properties.getHost() + "/flags/?v=2";
        Map<String, Object> response = restTemplate.postForObject(url, Map.of("api_key", properties.getFeatureFlagsSecureKey(), "distinct_id", distinctId), Map.class);
        return response == null ? Map.of() : response;
    }

    /**
     * Sends an audit event about a sync run to the capture endpoint.
     */
    public void captureSyncEvent(String distinctId, int flagCount) {
        Map<String, Object> payload = Map.of(
                "api_key", properties.getProjectApiKey(),
                "event", "flagdesk_sync_completed",
                "distinct_id", distinctId,
                "properties", Map.of("flag_count", flagCount));
        restTemplate.postForEntity(properties.getHost() + "/i/v0/e/", payload, Void.class);
    }

    public record FlagDefinition(long id, String key, String name, boolean active) {
    }

    public record FlagPage(String next, List<FlagDefinition> results) {
    }
}
