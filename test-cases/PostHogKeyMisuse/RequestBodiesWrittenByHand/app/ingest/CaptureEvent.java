package app.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The body of PostHog's capture endpoint, as Jackson writes it: api_key takes the project key. */
public record CaptureEvent(
    @JsonProperty("api_key") String apiKey,
    String event,
    @JsonProperty("distinct_id") String distinctId,
    Map<String, Object> properties) {

  /** Its callers give the key: the wrong one is reported where they call it. */
  public static CaptureEvent of(String apiKey, String event, String distinctId) {
    return new CaptureEvent(apiKey, event, distinctId, Map.of());
  }

  static CaptureEvent systemEvent(String event) {
    return of(System.getenv("POSTHOG_PERSONAL_API_KEY"), event, "system"); // Noncompliant
  }
}
