package io.tallgrass.flagrelay.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

@Serdeable
public record CaptureRequest(
        @JsonProperty("api_key") String apiKey,
        String event,
        @JsonProperty("distinct_id") String distinctId,
        Map<String, String> properties) {
}
