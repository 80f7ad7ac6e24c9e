package com.acme.exporter.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One event as returned by GET /api/projects/{id}/events/.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventRecord(String id,
                          String event,
                          @JsonProperty("distinct_id") String distinctId,
                          OffsetDateTime timestamp,
                          Map<String, Object> properties) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(String next, List<EventRecord> results) {
    }
}
