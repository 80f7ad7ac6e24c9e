package com.tidewaterlabs.flagsync.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * Wire types for the PostHog HTTP API.
 */
public final class PostHogPayloads {

    private PostHogPayloads() {
    }

    @Serdeable
    public record CaptureRequest(
            @JsonProperty("api_key") String apiKey,
            String event,
            @JsonProperty("distinct_id") String distinctId,
            Map<String, Object> properties) {
    }

    @Serdeable
    public record FlagDefinition(
            long id,
            String key,
            boolean active,
            Map<String, Object> filters) {
    }

    @Serdeable
    public record LocalEvaluationResponse(
            List<FlagDefinition> flags,
            @JsonProperty("group_type_mapping") Map<String, String> groupTypeMapping,
            Map<String, Object> cohorts) {
    }

    @Serdeable
    public record FlagListResponse(
            int count,
            String next,
            List<FlagDefinition> results) {
    }
}
