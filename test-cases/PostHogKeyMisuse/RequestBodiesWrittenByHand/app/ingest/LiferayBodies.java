package app.ingest;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.json.JSONUtil;

/** Capture bodies a Liferay module builds with the portal's JSON objects. */
public class LiferayBodies {
  private final IngestSettings settings = new IngestSettings();

  JSONObject captureBody(String distinctId) {
    return JSONUtil.put("api_key", settings.getPersonalApiKey()) // Noncompliant
        .put("distinct_id", distinctId);
  }

  JSONObject auditBody(JSONObject body) {
    return body.put("event", "flag_synced").put("api_key", settings.getPersonalApiKey()); // Noncompliant
  }

  JSONObject projectBody() {
    return JSONUtil.put("api_key", settings.getProjectApiKey());
  }
}
