package com.northwind.exporter.batch;

import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * One row of analytics.raw_events, as captured by the web tier before PostHog was introduced.
 */
public record ExportEvent(long id,
                          String distinctId,
                          String event,
                          Instant timestamp,
                          Map<String, Object> properties,
                          boolean historical) {

    public static final RowMapper<ExportEvent> ROW_MAPPER = (rs, rowNum) -> new ExportEvent(
            rs.getLong("id"),
            rs.getString("distinct_id"),
            rs.getString("event_name"),
            rs.getTimestamp("occurred_at").toInstant(),
            JsonProperties.parse(rs.getString("properties_json")),
            rs.getBoolean("is_backfill"));

    public ExportEvent withProperties(Map<String, Object> newProperties) {
        return new ExportEvent(id, distinctId, event, timestamp, newProperties, historical);
    }

    static final class JsonProperties {

        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper();

        private JsonProperties() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> parse(String json) {
            if (json == null || json.isBlank()) {
                return Map.of();
            }
            try {
                return MAPPER.readValue(json, Map.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return Map.of("$raw", json);
            }
        }
    }
}
