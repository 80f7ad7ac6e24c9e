package com.northwind.opsadmin.integration;

import com.northwind.opsadmin.config.ApiCredentials;
import com.northwind.opsadmin.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Thin client for PostHog's private REST API (feature flags) plus a couple of connectivity checks.
 */
@Component
public class FeatureFlagAdminClient {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagAdminClient.class);

    private static final String STAGING_FALLBACK_KEY = ApiCredentials.SECURE_KEY_PREFIX + ApiCredentials.STAGING_FLAGS_KEY_BODY;

    public record FeatureFlag(long id, String key, String name, boolean active) {
    }

    public record FlagPage(int count, List<FeatureFlag> results) {
    }

    public record PostHogDiagnostics(String host, long projectId, String flagsApiKey,
                                     boolean localEvaluation, Instant checkedAt) {
    }

    private final PostHogProperties props;
    private final RestClient restClient;

    public FeatureFlagAdminClient(PostHogProperties props, RestClient.Builder builder) {
        this.props = props;
        this.restClient = builder.baseUrl(props.apiHost()).build();
    }

    public List<FeatureFlag> listFlags() {
        String key = apiKey();
        String uri = "/api/projects/" + props.projectId() + "/feature_flags/?limit=200";
        System.out.println("[posthog] GET " + uri + " Authorization: Bearer " + key);
        FlagPage page = restClient.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new IntegrationException("PostHog rejected key " + key + " for project "
                            + props.projectId() + " (HTTP " + response.getStatusCode().value() + ")",
                            response.getStatusCode().value());
                })
                .body(FlagPage.class);
        return page == null ? List.of() : page.results();
    }

    /** One-off export used during the migration to the new organisation. */
    public FlagPage exportForMigration() {
        return restClient.get()
                .uri("/api/projects/{id}/feature_flags/?limit=1000", props.projectId())
                .headers(h -> h.setBearerAuth(ApiCredentials.MIGRATION_OAUTH_TOKEN))
                .retrieve()
                .body(FlagPage.class);
    }

    public PostHogDiagnostics diagnostics() {
        return new PostHogDiagnostics(props.host(), props.projectId(), apiKey(),
                props.localEvaluationEnabled(), Instant.now());
    }

    /**
     * Spins up a short-lived SDK instance and evaluates a probe flag locally, printing the SDK's
     * request trace so ops can see whether the definitions endpoint answers.
     */
    public boolean testLocalEvaluation(String probeFlag) {
        PostHogConfig config = PostHogConfig.builder(props.projectApiKey())
                .host(props.host())
                .build();
        config.setPersonalApiKey(props.personalApiKey());
        config.setDebug(true);
        PostHogInterface probe = PostHog.with(config);
        try {
            return probe.isFeatureEnabled("ops-admin-probe", probeFlag, false);
        } finally {
            probe.close();
        }
    }

    /** Sends a heartbeat event so the status board in PostHog shows the console as alive. */
    public void sendHeartbeat(String instanceId) {
        Map<String, Object> body = new HashMap<>();
        body.put("api_key", props.personalApiKey());
        body.put("event", "ops_admin_heartbeat");
        body.put("distinct_id", instanceId);
        body.put("properties", Map.of("$lib", "ops-admin"));
        restClient.post()
                .uri(props.host() + "/i/v0/e/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
        log.debug("Heartbeat sent for instance {}", instanceId);
    }

    public String maskedKey() {
        String key = apiKey();
        if (key == null || key.length() < 8) {
            return "(not configured)";
        }
        return key.substring(0, 4) + "****";
    }

    private String apiKey() {
        String key = props.flagEvaluationKey();
        return key != null && !key.isBlank() ? key : STAGING_FALLBACK_KEY;
    }
}
