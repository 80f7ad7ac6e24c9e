package com.tidewell.fleet.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

public record BatchCaptureRequest(
        @JsonProperty("api_key") String apiKey,
        List<Event> batch) {

    public record Event(String event,
                        @JsonProperty("distinct_id") String distinctId,
                        Map<String, Object> properties) {
    }
}
