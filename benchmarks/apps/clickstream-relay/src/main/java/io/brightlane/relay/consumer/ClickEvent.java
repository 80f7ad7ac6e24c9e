package io.brightlane.relay.consumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One event as the web gateway publishes it to {@code clickstream.v2}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClickEvent(
        @JsonProperty("distinct_id") String distinctId,
        @JsonProperty("event") String event,
        @JsonProperty("session_id") UUID sessionId,
        @JsonProperty("timestamp") Instant timestamp,
        @JsonProperty("properties") Map<String, Object> properties) {

    public ClickEvent {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
