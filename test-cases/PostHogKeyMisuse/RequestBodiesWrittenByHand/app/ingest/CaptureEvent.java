package app.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The body of PostHog's capture endpoint, as Jackson writes it: api_key takes the project key. */
public record CaptureEvent(
    @JsonProperty("api_key") String apiKey,
    String event,
    @JsonProperty("distinct_id") String distinctId,
    Map<String, Object> properties) {}
