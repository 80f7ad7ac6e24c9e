package app.ingest;

import com.google.gson.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.json.JSONObject;

/** Capture bodies built with the JSON libraries of Vert.x, Gson, org.json and JSON-P, and by hand. */
public class JsonLibraryBodies {
  private final IngestSettings settings = new IngestSettings();

  io.vertx.core.json.JsonObject vertxBody() {
    return new io.vertx.core.json.JsonObject()
        .put("api_key", settings.getPersonalApiKey()) // Noncompliant
        .put("event", "report_exported");
  }

  JsonObject gsonBody() {
    JsonObject body = new JsonObject();
    body.addProperty("api_key", settings.getPersonalApiKey()); // Noncompliant
    return body;
  }

  JSONObject orgJsonBody() {
    return new JSONObject().put("api_key", settings.getPersonalApiKey()); // Noncompliant
  }

  JsonObjectBuilder jsonPBody(JsonObjectBuilder builder) {
    return builder.add("api_key", settings.getPersonalApiKey()); // Noncompliant
  }

  String textBody(String distinctId) {
    return "{\"api_key\":\"" + settings.getPersonalApiKey() // Noncompliant
        + "\",\"distinct_id\":\"" + distinctId + "\"}";
  }

  String spacedTextBody() {
    return "{ \"api_key\": \"" + settings.getPersonalApiKey() + "\" }"; // Noncompliant
  }

  okhttp3.HttpUrl localEvaluationUrl(String host) {
    return okhttp3.HttpUrl.get(host + "/api/feature_flag/local_evaluation/")
        .newBuilder()
        .addQueryParameter("token", settings.getPersonalApiKey()) // Noncompliant
        .build();
  }

  okhttp3.HttpUrl projectKeyUrl(String host) {
    return okhttp3.HttpUrl.get(host + "/api/feature_flag/local_evaluation/")
        .newBuilder()
        .addQueryParameter("token", settings.getProjectApiKey())
        .build();
  }

  // the right key, and texts that only name the member

  String rightTextBody() {
    return "{\"api_key\":\"" + settings.getProjectApiKey() + "\"}";
  }

  String personalKeyOfThePrivateApi() {
    return "{\"personal_api_key\":\"" + settings.getPersonalApiKey() + "\"}";
  }

  String keyNamedInAMessage() {
    return "api_key: " + settings.getPersonalApiKey().length() + " characters";
  }
}
