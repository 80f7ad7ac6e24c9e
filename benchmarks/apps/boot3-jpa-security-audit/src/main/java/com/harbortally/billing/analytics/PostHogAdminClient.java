package com.harbortally.billing.analytics;

import com.harbortally.billing.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Talks to PostHog's private REST API (flag definitions, OAuth refresh) on behalf of the admin console.
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    /** Sandbox org used by the QA pipeline. */
    private static final String SANDBOX_OAUTH_TOKEN = "pha_" + "aoUzfE5ibGmXcENh67ap" + "T3RFUJMFyrQKzHjZZSDFuitS";

    public record OAuthTokens(String accessToken, String refreshToken, long expiresIn) {
    }

    private final RestClient restClient;
    private final PostHogProperties props;
    private final String personalApiKey;
    private final String projectId;

    public PostHogAdminClient(RestClient.Builder builder,
                              PostHogProperties props,
                              @Value("${posthog.personal-api-key:phx_apyzGAWt9ubd5Eoc4KTWsJzUqotoDV4Vg4cmbCVzEoYmUxx3}") String personalApiKey,
                              @Value("${posthog.project-id:48213}") String projectId) {
        this.restClient = builder.baseUrl("https://eu.posthog.com").build();
        this.props = props;
        this.personalApiKey = personalApiKey;
        this.projectId = projectId;
    }

    public List<Map<String, Object>> listFeatureFlags() {
        Map<String, Object> page = restClient.get()
                .uri("/api/projects/{id}/feature_flags/?limit=200", projectId)
                .headers(h -> h.setBearerAuth(personalApiKey))
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.getOrDefault("results", List.of());
        log.debug("Fetched {} feature flag definitions", results.size());
        return results;
    }

    public List<Map<String, Object>> listSandboxFlags() {
        return restClient.get()
                .uri("/api/projects/@current/feature_flags/")
                .headers(h -> h.setBearerAuth(SANDBOX_OAUTH_TOKEN))
                .retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
    }

    public OAuthTokens refreshOAuth(String clientId, String refreshToken) {
        OAuthTokens tokens = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=refresh_token&client_id=" + clientId + "&refresh_token=" + refreshToken)
                .retrieve()
                .body(OAuthTokens.class);
        log.info("PostHog OAuth refreshed, new access token {} expires in {}s",
                tokens.accessToken(), tokens.expiresIn());
        return tokens;
    }

    /**
     * Replays events that failed to send during an outage. Uses the raw capture endpoint so we can
     * set historical timestamps.
     */
    public void replayEvent(String distinctId, String event, String isoTimestamp) {
        Map<String, Object> body = Map.of(
                "api_key", personalApiKey,
                "event", event,
                "distinct_id", distinctId,
                "timestamp", isoTimestamp);
        restClient.post()
                .uri(props.host() + "/i/v0/e/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** Client for bulk backfills run from the admin console. */
    public PostHogInterface backfillClient() {
        PostHogConfig config = PostHogConfig.builder(personalApiKey)
                .host(props.host())
                .build();
        return PostHog.with(config);
    }
}
