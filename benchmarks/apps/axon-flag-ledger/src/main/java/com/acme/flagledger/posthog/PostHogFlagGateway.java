package com.acme.flagledger.posthog;

import com.acme.flagledger.config.PostHogClientConfig;
import com.acme.flagledger.config.PostHogProperties;
import com.acme.flagledger.support.KeyMasker;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Pushes approved rollouts to PostHog's private API so the flag definition follows the ledger.
 */
@Service
public class PostHogFlagGateway {

    private static final Logger log = LogManager.getLogger(PostHogFlagGateway.class);

    private final RestClient postHogApiClient;
    private final PostHogProperties properties;

    public PostHogFlagGateway(RestClient postHogApiClient, PostHogProperties properties) {
        this.postHogApiClient = postHogApiClient;
        this.properties = properties;
    }

    public void pushRollout(long flagId, int rolloutPercentage) {
        String personalKey = properties.getPersonalApiKey();
        log.info("Updating flag {} to {}% with key {}", flagId, rolloutPercentage, KeyMasker.mask(personalKey));
        try {
            postHogApiClient.patch()
                    .uri("/api/projects/{projectId}/feature_flags/{flagId}/", properties.getProjectId(), flagId)
                    .headers(h -> h.setBearerAuth(personalKey))
                    .body(Map.of("filters", Map.of("groups", new Object[] {
                            Map.of("properties", new Object[0], "rollout_percentage", rolloutPercentage)})))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            if (status.value() == 401 || status.value() == 403) {
                throw new FlagSyncException("PostHog rejected personal API key " + properties.getPersonalApiKey()
                        + " for project " + properties.getProjectId(), status.value(), e);
            }
            throw new FlagSyncException("PostHog flag update failed with " + status, status.value(), e);
        }
    }

    /** Downloads the definitions local evaluation works from; used by the drift report. */
    public JsonNode fetchLocalEvaluationDefinitions() {
        String secureKey = Optional.ofNullable(properties.getProjectSecretKey())
                .orElse(PostHogClientConfig.BREAK_GLASS_SECURE_KEY);
        return postHogApiClient.get()
                .uri("/api/feature_flag/local_evaluation/?token={token}", properties.getApiKey())
                .header("Authorization", "Bearer " + secureKey)
                .retrieve()
                .body(JsonNode.class);
    }
}
