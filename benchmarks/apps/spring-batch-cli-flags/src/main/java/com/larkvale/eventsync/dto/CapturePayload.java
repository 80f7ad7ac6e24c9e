package com.larkvale.eventsync.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One event in the body of PostHog's {@code /batch/} endpoint. */
public record CapturePayload(@JsonIgnore long eventId,
                             @JsonProperty("api_key") String apiKey,
                             String event,
                             @JsonProperty("distinct_id") String distinctId,
                             Map<String, Object> properties,
                             String timestamp) {
}
