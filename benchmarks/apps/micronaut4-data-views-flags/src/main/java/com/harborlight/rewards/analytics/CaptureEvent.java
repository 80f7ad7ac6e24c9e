package com.harborlight.rewards.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * Body of PostHog's legacy {@code /batch/} ingestion endpoint.
 */
@Serdeable
public record CaptureEvent(
        @JsonProperty("api_key") String apiKey,
        @JsonProperty("historical_migration") boolean historicalMigration,
        List<Map<String, Object>> batch) {
}
