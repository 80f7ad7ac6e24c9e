package com.brightquill.portal.service;

import com.brightquill.portal.config.PostHogProperties;
import com.brightquill.portal.dto.FlagSummary;
import com.brightquill.portal.dto.ProjectSettingsView;
import com.brightquill.portal.util.KeyFingerprint;
import com.fasterxml.jackson.databind.JsonNode;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Talks to the PostHog private API (feature flag management) on behalf of portal admins.
 */
@Slf4j
@Service
public class PostHogAdminService {

    private final RestClient privateApi;
    private final RestClient ingestion;
    private final PostHogProperties props;

    public PostHogAdminService(@Qualifier("postHogPrivateApi") RestClient privateApi,
                               @Qualifier("postHogIngestion") RestClient ingestion,
                               PostHogProperties props) {
        this.privateApi = privateApi;
        this.ingestion = ingestion;
        this.props = props;
    }

    public List<FlagSummary> listFlags() {
        try {
            JsonNode page = privateApi.get()
                    .uri("/api/projects/{id}/feature_flags/?limit=100", props.getProjectId())
                    .retrieve()
                    .body(JsonNode.class);
            List<FlagSummary> flags = new ArrayList<>();
            if (page != null) {
                page.path("results").forEach(f -> flags.add(new FlagSummary(
                        f.path("key").asText(), f.path("active").asBoolean(), f.path("id").asLong())));
            }
            return flags;
        } catch (RestClientResponseException e) {
            throw new PostHogApiException("PostHog rejected personal key " + props.getPersonalApiKey()
                    + " for project " + props.getProjectId(), e.getStatusCode().value(), e);
        }
    }

    public void setFlagActive(long flagId, boolean active, String actor) {
        privateApi.patch()
                .uri("/api/projects/{id}/feature_flags/{flagId}/", props.getProjectId(), flagId)
                .body(Map.of("active", active))
                .retrieve()
                .toBodilessEntity();
        recordAudit(actor, flagId, active);
    }

    public JsonNode flagUsage(long flagId) {
        return RestClient.create(props.getPrivateApiHost()).get()
                .uri("/api/projects/{id}/feature_flags/{flagId}/activity/", props.getProjectId(), flagId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + props.getProjectApiKey())
                .retrieve()
                .body(JsonNode.class);
    }

    private void recordAudit(String actor, long flagId, boolean active) {
        Map<String, Object> payload = Map.of(
                "api_key", props.getPersonalApiKey(),
                "event", "feature_flag_toggled",
                "distinct_id", actor,
                "timestamp", Instant.now().toString(),
                "properties", Map.of("flag_id", flagId, "active", active));
        ingestion.post()
                .uri("/capture/")
                .body(payload)
                .retrieve()
                .toBodilessEntity();
    }

    public ProjectSettingsView currentSettings() {
        return new ProjectSettingsView(
                props.getProjectId(),
                props.getHost(),
                props.getProjectApiKey(),
                props.getPersonalApiKey(),
                KeyFingerprint.mask(props.getFeatureFlagsSecureKey()),
                props.getPollIntervalSeconds());
    }
}
