package app.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls PostHog's capture and flags endpoints without an SDK: the body's api_key field takes the
 * public project key, never the personal key of another file's settings.
 */
public class RawPostHogRequests {
  private static final String API_KEY_FIELD = "api_key";
  private final IngestSettings settings = new IngestSettings();
  private final ObjectMapper mapper = new ObjectMapper();

  Map<String, Object> captureBody(String distinctId) {
    Map<String, Object> event = new HashMap<>();
    event.put("event", "report_exported");
    event.put("distinct_id", distinctId);
    event.put("api_key", settings.getPersonalApiKey()); // Noncompliant
    return event;
  }

  Map<String, Object> flagsBody(String distinctId) {
    return Map.of("api_key", settings.getPersonalApiKey(), "distinct_id", distinctId); // Noncompliant
  }

  Map<String, Object> batchBody(List<Map<String, Object>> events) {
    return Map.of("batch", events, API_KEY_FIELD, settings.getPersonalApiKey()); // Noncompliant
  }

  Map.Entry<String, String> keyEntry() {
    return Map.entry("api_key", settings.getPersonalApiKey()); // Noncompliant
  }

  ObjectNode jsonBody(String distinctId) {
    ObjectNode body = mapper.createObjectNode();
    body.put("api_key", settings.getPersonalApiKey()); // Noncompliant
    body.put("distinct_id", distinctId);
    return body;
  }

  // the right keys in their places, and names that take no key

  Map<String, Object> rightCaptureBody(String distinctId) {
    return Map.of("api_key", settings.getProjectApiKey(), "distinct_id", distinctId);
  }

  Map<String, Object> personalKeyOfThePrivateApi() {
    return Map.of("personal_api_key", settings.getPersonalApiKey());
  }

  Map<String, Object> keyUnderAnotherName(String distinctId) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("$set", Map.of("distinct_id", distinctId));
    properties.put("api_key_configured", settings.getPersonalApiKey() != null);
    return properties;
  }

  Map<String, Object> placeholderKey() {
    return Map.of("api_key", "phx_your_personal_api_key");
  }
}
