package com.acme.flagassistant.tools;

import com.acme.flagassistant.config.PostHogApiCredentials;
import com.acme.flagassistant.config.PostHogDefaults;
import com.acme.flagassistant.config.PostHogProperties;
import com.acme.flagassistant.service.AssistantAuditService;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Tools the assistant may call. Each method is a thin wrapper around PostHog's REST API.
 */
@Component
public class FeatureFlagTools {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagTools.class);

    private static final String FLAGS_PATH = "/api/projects/{projectId}/feature_flags/";
    private static final String FLAG_PATH = "/api/projects/{projectId}/feature_flags/{id}/";

    private final RestClient restClient;
    private final PostHogApiCredentials credentials;
    private final PostHogProperties properties;
    private final AssistantAuditService audit;

    public FeatureFlagTools(@Qualifier("postHogRestClient") RestClient restClient,
                            PostHogApiCredentials credentials,
                            PostHogProperties properties,
                            AssistantAuditService audit) {
        this.restClient = restClient;
        this.credentials = credentials;
        this.properties = properties;
        this.audit = audit;
        log.debug("Feature flag tools bound to {}", credentials);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagSummary(long id,
                              String key,
                              String name,
                              boolean active,
                              @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagPage(int count, List<FlagSummary> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlagsResponse(Map<String, FlagEvaluation> flags) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagEvaluation(String key, boolean enabled, String variant) {
    }

    @Tool(description = "List the feature flags of the current PostHog project with id, key, name, "
            + "active state and rollout percentage")
    public List<FlagSummary> listFeatureFlags(
            @ToolParam(description = "Optional text that the flag key or name must contain", required = false)
            String search) {
        FlagPage page = call(FLAGS_PATH, () -> restClient.get()
                .uri(uri -> uri.path(FLAGS_PATH)
                        .queryParam("limit", PostHogDefaults.DEFAULT_PAGE_SIZE)
                        .queryParamIfPresent("search", Optional.ofNullable(search).filter(s -> !s.isBlank()))
                        .build(credentials.projectId()))
                .retrieve()
                .body(FlagPage.class));
        return page == null || page.results() == null ? List.of() : page.results();
    }

    @Tool(description = "Get one feature flag by its numeric id")
    public FlagSummary getFeatureFlag(@ToolParam(description = "Numeric id of the flag") long flagId) {
        return call(FLAG_PATH, () -> restClient.get()
                .uri(FLAG_PATH, credentials.projectId(), flagId)
                .retrieve()
                .body(FlagSummary.class));
    }

    @Tool(description = "Enable or disable a feature flag. Only call this after the user explicitly confirmed the change.")
    public FlagSummary setFeatureFlagActive(@ToolParam(description = "Numeric id of the flag") long flagId,
                                            @ToolParam(description = "true to enable the flag, false to disable it") boolean active) {
        log.info("Assistant sets flag {} active={}", flagId, active);
        FlagSummary updated = call(FLAG_PATH, () -> restClient.patch()
                .uri(FLAG_PATH, credentials.projectId(), flagId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("active", active))
                .retrieve()
                .body(FlagSummary.class));
        if (updated != null) {
            audit.flagChanged(updated.key(), active);
        }
        return updated;
    }

    @Tool(description = "Evaluate a feature flag for one user (distinct id) and return whether it is enabled and its variant")
    public FlagEvaluation evaluateFlagForUser(@ToolParam(description = "The flag key") String flagKey,
                                              @ToolParam(description = "The user's distinct id") String distinctId) {
        Map<String, Object> request = Map.of("api_key", credentials.personalApiKey(), "distinct_id", distinctId);
        FlagsResponse response = call("/flags", () -> restClient.post()
                .uri(properties.ingestHost() + "/flags/?v=2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(FlagsResponse.class));
        if (response == null || response.flags() == null || !response.flags().containsKey(flagKey)) {
            return new FlagEvaluation(flagKey, false, null);
        }
        return response.flags().get(flagKey);
    }

    private <T> T call(String path, Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException ex) {
            int status = ex.getStatusCode().value();
            throw new PostHogApiException("PostHog call " + path + " failed with HTTP " + status + " using " + credentials, status, ex);
        }
    }
}
