package io.lumenstack.ingest.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

public record IngestEvent(
        @JsonProperty("distinct_id") String distinctId,
        String event,
        Map<String, Object> properties,
        Instant timestamp) {
}
