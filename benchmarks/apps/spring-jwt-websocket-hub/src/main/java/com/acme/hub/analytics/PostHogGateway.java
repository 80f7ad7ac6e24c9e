package com.acme.hub.analytics;

import com.acme.hub.config.PostHogDefaults;
import com.acme.hub.config.PostHogProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the hub does with PostHog beyond plain event capture: flag administration
 * through the private API, historical imports, and the edge flag client.
 */
@Component
public class PostHogGateway {

    private static final Logger log = LogManager.getLogger(PostHogGateway.class);

    private final PostHogProperties props;
    private final PostHogInterface posthog;
    private final RestClient adminApi;
    private final RestClient ingestApi;
    private final String flagsSecureApiKey;

    public PostHogGateway(PostHogProperties props,
                          PostHogInterface posthog,
                          RestClient.Builder restClientBuilder,
                          @Value("${posthog.feature-flags-secure-api-key:}") String flagsSecureApiKey) {
        this.props = props;
        this.posthog = posthog;
        this.flagsSecureApiKey = flagsSecureApiKey;

        String adminKey = props.hasPersonalApiKey()
                ? props.getPersonalApiKey()
                : PostHogDefaults.PERSONAL_KEY_PREFIX + PostHogDefaults.ADMIN_KEY_BODY;
        this.adminApi = restClientBuilder.clone()
                .baseUrl(props.getApiHost())
                .defaultHeaders(headers -> headers.setBearerAuth(adminKey))
                .build();
        this.ingestApi = restClientBuilder.clone()
                .baseUrl(props.getHost())
                .build();
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return posthog.isFeatureEnabled(distinctId, flagKey, false);
    }

    /** Lists feature flags of the project through the private API (needs feature_flag:read). */
    public JsonNode listFeatureFlags() {
        log.debug("Listing feature flags of project {}", props.getProjectId());
        return adminApi.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", props.getProjectId())
                .retrieve()
                .body(JsonNode.class);
    }

    /**
     * Replays chat activity recorded before analytics was enabled. Uses the batch endpoint
     * with historical_migration so the events skip real-time processing.
     */
    public void importHistoricalEvents(List<Map<String, Object>> events) {
        String personalApiKey = props.getPersonalApiKey();
        log.info("Importing {} historical events at {}", events.size(), Instant.now());
        ingestApi.post()
                .uri("/batch/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("api_key", personalApiKey, "historical_migration", true, "batch", events))
                .retrieve()
                .toBodilessEntity();
    }

    /**
     * Flag-only client for the edge worker. It never captures events, so it is
     * authenticated with the feature-flags secure key.
     */
    public PostHogInterface edgeFlagsClient() {
        PostHogConfig config = PostHogConfig.builder(flagsSecureApiKey)
                .host(props.getHost())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }

    /**
     * Spins up a throw-away client with SDK debug output to troubleshoot local
     * evaluation (flag definitions not refreshing). Triggered from the ops console.
     */
    public PostHogInterface diagnosticClient() {
        PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey())
                .host(props.getHost())
                .build();
        config.setPersonalApiKey(flagsSecureApiKey);
        config.setDebug(true);
        log.warn("Diagnostic PostHog client started; browser proxy still expects the {} header",
                PostHogDefaults.API_KEY_HEADER);
        return PostHog.with(config);
    }
}
