package app.ingest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Map;

/** Request records of this file and of another: the member written as api_key takes a project key. */
public class RecordRequests {
  private final IngestSettings settings = new IngestSettings();

  /** The body of the flags endpoint, as JSON-B writes it. */
  record FlagsRequest(@JsonbProperty("api_key") String token, String distinct_id) {}

  /** A batch, its members named as the endpoint names them. */
  record BatchRequest(String api_key, Object batch) {}

  /** A body whose key member JSON writes under another name. */
  record AdminRequest(@JsonbProperty("personal_api_key") String api_key, String scope) {}

  CaptureEvent capture(String distinctId) {
    return new CaptureEvent(settings.getPersonalApiKey(), "report_exported", distinctId, Map.of()); // Noncompliant
  }

  CaptureEvent captureOf(String distinctId) {
    return CaptureEvent.of(settings.getPersonalApiKey(), "report_exported", distinctId); // Noncompliant
  }

  FlagsRequest flags(String distinctId) {
    return new FlagsRequest(settings.getPersonalApiKey(), distinctId); // Noncompliant
  }

  BatchRequest batch(Object events) {
    return new BatchRequest(settings.getPersonalApiKey(), events); // Noncompliant
  }

  // the right key in its place, and members that take no project key

  CaptureEvent rightCapture(String distinctId) {
    return new CaptureEvent(settings.getProjectApiKey(), "report_exported", distinctId, Map.of());
  }

  CaptureEvent rightCaptureOf(String distinctId) {
    return CaptureEvent.of(settings.getProjectApiKey(), "report_exported", distinctId);
  }

  AdminRequest admin() {
    return new AdminRequest(settings.getPersonalApiKey(), "feature_flag:read");
  }

  CaptureEvent placeholderKey(String distinctId) {
    return new CaptureEvent("phx_your_personal_api_key", "report_exported", distinctId, Map.of());
  }

  // a class of another file whose one constructor sets the field Gson writes as api_key

  FlagsRequestBody gsonBody(String distinctId) {
    return new FlagsRequestBody(settings.getPersonalApiKey(), distinctId); // Noncompliant
  }

  FlagsRequestBody gsonBodyWithTheProjectKey(String distinctId) {
    return new FlagsRequestBody(settings.getProjectApiKey(), distinctId);
  }

  LegacyCaptureBody legacyBody() {
    return new LegacyCaptureBody(settings.getPersonalApiKey(), "report_exported"); // Noncompliant
  }
}
